import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { createWechatCipher } from "../../../src/bot/wechat/wechat.crypto.ts";
import { createWechatMessageHandler } from "../../../src/bot/wechat/wechat.messages.ts";
import { signedQuery, textXml } from "../../support/wechat-messages.ts";
import { parseWechatXml } from "../../../src/bot/wechat/wechat.xml.ts";
import { buildServer } from "../../../src/http/server.ts";
import { openSeededEngine, type SeededEngine } from "../../support/seeded-engine.ts";

const TOKEN = "wxtoken456";
const CLOSE = path.resolve(import.meta.dirname, "../../fixtures/close-figures");
const SOURCE = "出处：《示例县政务服务中心2016年政府信息公开工作年度报告》 · 一、概述";
const QUOTE = "「2016年，我中心门户网站全年访问量12万人次，政务微博全年访问量11万人次。」";

// What a bare number that picks nothing gets: the engine's note on what can be asked.
const CLARIFY = [
  "我可以回答政府信息公开工作年度报告中的数字和内容，并给出原文出处。请说明机构、年份和想问的内容，例如：",
  "- 凉州区科技局2021年公开了多少条信息",
  "- 龙港区2012年收到多少依申请公开请求",
  "- 龙港区有哪些年报",
].join("\n");


describe("a figure ranked close behind the answer, as a numbered WeChat reply", () => {
  let seeded: SeededEngine;
  let app: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    seeded = await openSeededEngine({ corpus: CLOSE });
    app = await buildServer({
      engine: seeded.engine,
      wechat: {
        token: TOKEN,
        cipher: createWechatCipher({ encodingAesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", appId: "wx0123456789abcdef" }),
        handler: createWechatMessageHandler({ engine: seeded.engine, reminders: null }),
        client: null,
      },
    });
    url = await app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await app.close();
    await seeded.close();
  });

  const say = async (from: string, content: string, id: string): Promise<string> => {
    const response = await fetch(`${url}/wechat?${signedQuery(TOKEN, "o2")}`, { method: "POST", headers: { "content-type": "text/xml" }, body: textXml(from, content, id) });
    expect(response.status).toBe(200);
    return parseWechatXml(await response.text()).Content!;
  };

  it("numbers the runner-up under the answer, and answers with it when the number is replied", async () => {
    expect(await say("user-f", "示例县政务服务中心2016年全年访问量多少", "7001")).toBe(
      [
        "示例县政务服务中心2016年年报：门户网站全年访问量 12万人次。",
        "相近的还有：政务微博全年访问量 11万人次。",
        "回复“1”查看政务微博全年访问量。",
        SOURCE,
        "",
        QUOTE,
      ].join("\n"),
    );
    expect(await say("user-f", "2", "7002")).toBe("请回复“1”查看相近的数字，或直接提问。");
    expect(await say("user-f", "1", "7003")).toBe(["示例县政务服务中心2016年年报：政务微博全年访问量 11万人次。", SOURCE, "", QUOTE].join("\n"));
    // The picked figure is now the last answer: 原文 shows its passage, and no choice is left to pick.
    expect(await say("user-f", "原文", "7004")).toBe(`《示例县政务服务中心2016年政府信息公开工作年度报告》 · 一、概述\n\n${QUOTE}`);
    expect(await say("user-f", "1", "7005")).toBe(CLARIFY);
  });

  it("leaves a number alone after an answer that offers no choice", async () => {
    expect((await say("user-g", "示例县政务服务中心2016年主动公开了多少条", "7101")).split("\n")[0]).toBe("示例县政务服务中心2016年年报：主动公开政府信息 86条。");
    expect(await say("user-g", "1", "7102")).toBe(CLARIFY);
  });
});
