import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RANKING_PAGE } from "../../src/answers/answer-collection.ts";
import type { ReportSource } from "../../src/answers/report-source.ts";
import { createAnswerEngine, MAX_QUESTION_CHARS } from "../../src/answers/create-answer-engine.ts";
import type { AnswerEngine } from "../../src/answers/answer.ts";
import { ingestPaths } from "../../src/corpus/ingest-paths.ts";
import { createChatStateStore } from "../../src/store/chat-state.repository.ts";
import { createReportSource } from "../../src/store/report-source.ts";
import { generateCorpusWithTruth } from "../../scripts/synthetic-corpus.ts";
import { openTempStore, type TempStore } from "../support/temp-store.ts";

describe("bounded answers", () => {
  let temp: TempStore;
  let engine: AnswerEngine;
  let source: ReportSource;
  let detailReads = 0;
  const corpus = generateCorpusWithTruth(300, 7);

  beforeAll(async () => {
    temp = await openTempStore();
    const dir = path.join(path.dirname(temp.file), "reports");
    await mkdir(dir);
    for (const f of corpus) await writeFile(path.join(dir, f.name), f.bytes);
    await ingestPaths(temp.store, [dir], { removeMissing: true });
    const stored = createReportSource(temp.store.db);
    // The store's own source, counting the report details it is asked for.
    source = {
      ...stored,
      getReport: (id) => {
        detailReads++;
        return stored.getReport(id);
      },
    };
    engine = createAnswerEngine({ source, chats: createChatStateStore(temp.store.db), now: () => new Date("2025-06-01") });
  }, 120_000);
  afterAll(async () => temp.dispose());

  it("pages a ranking over more agencies than a page holds, highest first, with 更多 for the rest, reading no report's detail", async () => {
    detailReads = 0;
    const pages = [await engine.ask("web:rank", "2021年各部门主动公开数量排名")];
    while (pages.at(-1)!.text.includes("回复“更多”查看")) pages.push(await engine.ask("web:rank", "更多"));
    const values = pages.flatMap((p) => p.figures.map((f) => f.value));
    const expected = corpus.filter((f) => f.truth.year === 2021).map((f) => f.truth.proactiveTotal).sort((a, b) => b - a);

    expect(pages.length).toBe(Math.ceil(expected.length / RANKING_PAGE));
    expect(pages.slice(0, -1).map((p) => p.figures.length)).toEqual(Array(pages.length - 1).fill(RANKING_PAGE));
    expect(values).toEqual(expected);
    expect(pages.map((p) => p.status)).toEqual(Array(pages.length).fill("answered"));
    expect((await engine.ask("web:rank", "更多")).text).toBe("没有更多内容了。");
    expect(detailReads).toBe(0);
  });

  it("reads at most the capped number of report details for a measure no metric names, and says the ranking is partial", async () => {
    const capped = createAnswerEngine({ source, chats: createChatStateStore(temp.store.db), now: () => new Date("2025-06-01"), wholeRankingLimit: 1000, rankingDetailReads: 5 });
    detailReads = 0;
    const answer = await capped.ask("web:capped", "2012年各部门工作动态类信息主动公开数量排名");
    const lines = answer.text.split("\n");

    expect(detailReads).toBe(5);
    expect(answer.status).toBe("answered");
    expect(lines[0]).toBe("全部机构2012年主动公开政府信息（按年报所载）：");
    const values = answer.figures.map((f) => f.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values.length).toBe(5);
    expect(lines.slice(1, 6)).toEqual(answer.candidates.map((c, i) => `- ${c.agency} **${values[i]}条**`));
    expect(lines[6]).toBe("（机构较多，只比较了其中一部分，请缩小地方范围）");
    expect(answer.citations.length).toBe(5);
  });

  it("answers 更多 with nothing pending, and a question over the length cap, with a clarify value", async () => {
    expect(await engine.ask("web:fresh", "更多")).toMatchObject({ status: "clarify", text: "没有更多内容了。", figures: [] });
    const long = "凉州区科技局".repeat(Math.ceil(MAX_QUESTION_CHARS / 6) + 1);
    expect(await engine.ask("web:long", long)).toMatchObject({
      status: "clarify",
      text: "问题太长了，请缩短到五百字以内，并说明机构、年份和想问的内容。",
      citations: [],
    });
  });
});
