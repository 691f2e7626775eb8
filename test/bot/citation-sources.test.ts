/**
 * Where an answer comes from, as each front shows it: the report's title linked to its web address
 * (from the `<file>.meta.json` sidecar), never the file name; a table figure named by its row and
 * column beside the verbatim row. The JSON contract keeps the file name and the verbatim quote.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { createWechatMessageHandler } from "../../src/bot/wechat/wechat.messages.ts";
import { wechatSignature } from "../../src/bot/wechat/wechat.signature.ts";
import { parseWechatXml } from "../../src/bot/wechat/wechat.xml.ts";
import { ingestPaths } from "../../src/corpus/ingest-paths.ts";
import { buildServer } from "../../src/http/server.ts";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.ts";
import { plainBot } from "../support/plain-bot.ts";
import { openSeededEngine, type SeededEngine } from "../support/seeded-engine.ts";
import { textUpdate } from "../support/telegram-updates.ts";

const FILE = "001_c6179b2d5830f109.txt";
const URL_OF_REPORT = "https://www.example.gov.cn/xxgk/2021/kjj-ndbg.html";
const TITLE = "凉州区科学技术局2021年政府信息公开工作年度报告";
const QUESTION = "凉州区科技局2021年公开了多少条信息";
const TABLE_QUESTION = "凉州区科技局2021年行政复议维持了多少件";
const TOKEN = "wxtoken-sources";

describe("citations on every front", () => {
  let seeded: SeededEngine;
  let fake: FakeBotApi;
  let app: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    seeded = await openSeededEngine({ copySeeds: true });
    await writeFile(path.join(seeded.dataDir, `${FILE}.meta.json`), JSON.stringify({ url: URL_OF_REPORT }));
    await ingestPaths(seeded.store, [seeded.dataDir], { removeMissing: true });
    fake = await startFakeBotApi();
    app = await buildServer({
      engine: seeded.engine,
      wechat: { token: TOKEN, cipher: null, client: null, handler: createWechatMessageHandler({ engine: seeded.engine, reminders: null }) },
    });
    url = await app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
    await seeded.close();
  });

  it("names the report by its title and web address in the text answer, never by its file name", async () => {
    const answer = await seeded.engine.ask("cli:sources", QUESTION);
    expect(answer.text.split("\n").slice(2)).toEqual([
      `出处：《${TITLE}》 · 二、主动公开政府信息情况 · ${URL_OF_REPORT}`,
      "> 2021年我局共主动公开政府信息13条,其中,公开指南1条,公开要点1条,年度报告1条,机关简介1条,政务文件2条,政策法规2条,财务预决算和“三公”经费2条,机构职能1条,机构领导及其分工1条,工作落实情况1条。",
    ]);
    expect(answer.text).not.toContain(".txt");
  });

  it("shows a table figure with its row and column beside the verbatim row", async () => {
    const answer = await seeded.engine.ask("cli:table", TABLE_QUESTION);
    expect(answer.text).toBe(
      [
        "凉州区科学技术局2021年年报：行政复议 · 结果维持 **0件**。",
        `出处：《${TITLE}》 · 四、因政府信息公开申请行政复议、提起行政诉讼的情况 · ${URL_OF_REPORT}`,
        "表中「行政复议 · 结果维持：0」所在行：",
        "> 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      ].join("\n"),
    );
  });

  it("keeps the file name and the verbatim quote in the JSON of /api/ask", async () => {
    const response = await fetch(`${url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: TABLE_QUESTION }) });
    const json = (await response.json()) as { citations: Array<Record<string, unknown>> };
    expect(json.citations).toEqual([
      {
        agency: "凉州区科学技术局",
        year: 2021,
        title: TITLE,
        source: FILE,
        url: URL_OF_REPORT,
        section: "四、因政府信息公开申请行政复议、提起行政诉讼的情况",
        quote: "0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
      },
    ]);
  });

  it("links the title on Telegram and drops the bare address", async () => {
    const bot = plainBot(fake.url, seeded.engine);
    await bot.handleUpdate(textUpdate(3003, TABLE_QUESTION));
    expect(fake.sent("sendMessage").at(-1)!.payload.text).toBe(
      [
        "凉州区科学技术局2021年年报：行政复议 · 结果维持 <b>0件</b>。",
        `出处：《<a href="${URL_OF_REPORT}">${TITLE}</a>》 · 四、因政府信息公开申请行政复议、提起行政诉讼的情况`,
        "表中「行政复议 · 结果维持：0」所在行：",
        "",
        "<blockquote>0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |</blockquote>",
      ].join("\n"),
    );
  });

  it("gives WeChat the title and the web address as text", async () => {
    const ts = String(Math.floor(Date.now() / 1000));
    const q = new URLSearchParams({ signature: wechatSignature(TOKEN, ts, "n-sources"), timestamp: ts, nonce: "n-sources" });
    const body =
      `<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[user-s]]></FromUserName><CreateTime>${ts}</CreateTime>` +
      `<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${TABLE_QUESTION}]]></Content><MsgId>1</MsgId></xml>`;
    const response = await fetch(`${url}/wechat?${q}`, { method: "POST", headers: { "content-type": "text/xml" }, body });
    expect(parseWechatXml(await response.text()).Content).toBe(
      [
        "凉州区科学技术局2021年年报：行政复议 · 结果维持 0件。",
        `出处：《${TITLE}》 · 四、因政府信息公开申请行政复议、提起行政诉讼的情况 · ${URL_OF_REPORT}`,
        "表中「行政复议 · 结果维持：0」所在行：",
        "",
        "「0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |」",
      ].join("\n"),
    );
  });
});
