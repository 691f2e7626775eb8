/** The bot's own words: greetings and thanks answered as such, traditional labels written in simplified script. */
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GREETING_REPLY, THANKS_REPLY } from "../../src/answers/question/small-talk.ts";
import { openSeededEngine, type SeededEngine } from "../support/seeded-engine.ts";

const TRADITIONAL = path.resolve(import.meta.dirname, "../fixtures/heldout/linze-health-2021.trad.txt");

describe("the bot's own voice", () => {
  let corpus: string;
  let seeded: SeededEngine;

  beforeAll(async () => {
    corpus = await mkdtemp(path.join(tmpdir(), "nianbao-voice-"));
    await copyFile(TRADITIONAL, path.join(corpus, "linze-health-2021.trad.txt"));
    seeded = await openSeededEngine({ corpus });
  });
  afterAll(async () => {
    await seeded.close();
    await rm(corpus, { recursive: true, force: true });
  });

  it("answers a greeting and thanks as such, not with the help text", async () => {
    for (const said of ["你好", "您好！", "你好呀~", "在吗？"]) {
      expect(await seeded.engine.ask("v:1", said)).toMatchObject({ status: "clarify", text: GREETING_REPLY });
    }
    for (const said of ["谢谢", "謝謝！", "好的，谢谢", "thanks"]) {
      expect(await seeded.engine.ask("v:1", said)).toMatchObject({ status: "clarify", text: THANKS_REPLY });
    }
    expect(GREETING_REPLY).toBe(
      "您好！我可以回答政府信息公开工作年度报告中的数字和内容，并给出原文出处。请说明机构、年份和想问的内容，例如：\n- 凉州区科技局2021年公开了多少条信息\n- 龙港区有哪些年报",
    );
    expect(THANKS_REPLY).toBe("不客气！还有问题请随时问我。");
  });

  it("reads a greeting before a question as the question", async () => {
    expect((await seeded.engine.ask("v:2", "你好，临泽县卫健局2021年公开了多少条信息")).status).toBe("answered");
  });

  it("writes a traditional report's labels in simplified script and keeps its quote as written", async () => {
    const answer = await seeded.engine.ask("v:3", "临泽县卫健局2021年公开了多少条信息");
    expect(answer.text.split("\n").slice(0, 2)).toEqual([
      "临泽县卫生健康委员会2021年年报：主动公开政府信息 **286条**。",
      "其中：疫情防控信息 97条；医疗服务信息 64条；公共卫生信息 58条；其他信息 67条。",
    ]);
    expect(answer.text).toContain("> 全年通過縣政府門戶網站主動公開政府信息286條,其中疫情防控信息97條,醫療服務信息64條,公共衛生信息58條,其他信息67條。");
    const table = await seeded.engine.ask("v:4", "临泽县卫健局2021年行政许可多少件");
    expect(table.text.split("\n").slice(2)).toEqual(["表中「行政许可 · 本年处理决定数量：642」所在行：", "> 行政許可 | 642"]);
  });
});
