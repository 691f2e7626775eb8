import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AnswerEngine } from "../../src/answers/answer.ts";
import { createAnswerEngine } from "../../src/answers/create-answer-engine.ts";
import { createCorpusService, type CorpusService } from "../../src/corpus/corpus-service.ts";
import { createChatStateStore } from "../../src/store/chat-state.repository.ts";
import { createReportSource } from "../../src/store/report-source.ts";
import { SEED_DIR } from "../support/seeded-engine.ts";
import { openTempStore, type TempStore } from "../support/temp-store.ts";
import { DIALECTS } from "../support/test-databases.ts";

const REPORT_2022 = path.resolve(import.meta.dirname, "../fixtures/corpus/liangzhou-tech-2022.txt");
const QUESTION = "凉州区科技局公开了多少条信息";

const ANSWER_2021 = "未指明年份，按收录的最新一年（2021年）回答。\n凉州区科学技术局2021年年报：主动公开政府信息 **13条**。";
const ANSWER_2022 = "未指明年份，按收录的最新一年（2022年）回答。\n凉州区科学技术局2022年年报：主动公开政府信息 **21条**。";

for (const dialect of DIALECTS) {
  describe(`the question right after a load (${dialect})`, () => {
    let temp: TempStore;
    let dir: string;
    let dataDir: string;
    let corpus: CorpusService;
    let engine: AnswerEngine;

    beforeEach(async () => {
      temp = await openTempStore(dialect);
      dir = await mkdtemp(path.join(tmpdir(), "nianbao-next-"));
      dataDir = path.join(dir, "reports");
      await cp(SEED_DIR, dataDir, { recursive: true });
      corpus = createCorpusService({ store: temp.store, dataDir });
      await corpus.reload("start-up");
      const source = createReportSource(temp.store.db);
      engine = createAnswerEngine({ source, chats: createChatStateStore(temp.store.db), now: () => new Date("2023-06-01T12:00:00+08:00") });
      // The engine has built its catalogue before the new report arrives.
      expect(firstLines(await engine.ask("before", QUESTION))).toBe(ANSWER_2021);
    }, 60_000);

    afterEach(async () => {
      await temp.dispose();
      await rm(dir, { recursive: true, force: true });
    });

    it("answers the first question after an upload from the uploaded report", async () => {
      const result = await corpus.upload("liangzhou-tech-2022.txt", await readFile(REPORT_2022));
      expect(result.status).toBe("ingested");
      expect(firstLines(await engine.ask("after", QUESTION))).toBe(ANSWER_2022);
    });

    it("answers the first question after a reload from the file it added", async () => {
      await writeFile(path.join(dataDir, "liangzhou-tech-2022.txt"), await readFile(REPORT_2022));
      expect(await corpus.reload()).toMatchObject({ added: 1, failed: [] });
      expect(firstLines(await engine.ask("after", QUESTION))).toBe(ANSWER_2022);
    });

    it("answers the first question on another instance of the database from a report uploaded on this one", async () => {
      const other = await temp.reopen();
      try {
        const otherEngine = createAnswerEngine({ source: createReportSource(other.db), chats: createChatStateStore(other.db), now: () => new Date("2023-06-01T12:00:00+08:00") });
        expect(firstLines(await otherEngine.ask("other", QUESTION))).toBe(ANSWER_2021);
        expect((await corpus.upload("liangzhou-tech-2022.txt", await readFile(REPORT_2022))).status).toBe("ingested");
        expect(firstLines(await otherEngine.ask("other", QUESTION))).toBe(ANSWER_2022);
      } finally {
        await other.close();
      }
    });
  });
}

function firstLines(answer: { text: string }): string {
  return answer.text.split("\n").slice(0, 2).join("\n");
}
