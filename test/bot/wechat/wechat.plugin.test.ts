import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { AnswerEngine } from "../../../src/answers/answer.ts";
import { createWechatApiClient } from "../../../src/bot/wechat/wechat-api.client.ts";
import { createWechatCipher, type WechatCipher } from "../../../src/bot/wechat/wechat.crypto.ts";
import { createWechatMessageHandler, UNSUPPORTED_TEXT } from "../../../src/bot/wechat/wechat.messages.ts";
import { createWechatNotifier } from "../../../src/bot/wechat/wechat-notifier.ts";
import { wechatReminders } from "../../../src/bot/wechat/wechat-reminders.ts";
import { wechatSignature } from "../../../src/bot/wechat/wechat.signature.ts";
import { signedQuery, textXml } from "../../support/wechat-messages.ts";
import { parseWechatXml } from "../../../src/bot/wechat/wechat.xml.ts";
import { buildServer } from "../../../src/http/server.ts";
import { createReminders } from "../../../src/reminders/reminders.ts";
import { createReportSource } from "../../../src/store/report-source.ts";
import { lastInboundTimes } from "../../../src/store/subscription.repository.ts";
import { startFakeWechatApi, type FakeWechatApi } from "../../support/fake-wechat-api.ts";
import { openSeededEngine, recordingLog, type SeededEngine } from "../../support/seeded-engine.ts";
import { eventually } from "../../support/eventually.ts";

const TOKEN = "wxtoken123";
const APP_ID = "wx0123456789abcdef";
const AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
const QUESTION = "凉州区科技局2021年公开了多少条信息";

const query = (extra: Record<string, string> = {}, timestamp?: number): URLSearchParams => signedQuery(TOKEN, "o1", extra, timestamp);

describe("wechat endpoint", () => {
  let seeded: SeededEngine;
  let wechatApi: FakeWechatApi;
  let app: FastifyInstance | null = null;
  let url: string;
  let askCalls: number;
  let logs: Array<Record<string, unknown>>;
  const cipher: WechatCipher = createWechatCipher({ encodingAesKey: AES_KEY, appId: APP_ID });

  beforeAll(async () => {
    seeded = await openSeededEngine();
    wechatApi = await startFakeWechatApi({ appId: APP_ID, appSecret: "secret" });
  });
  afterAll(async () => {
    await wechatApi.close();
    await seeded.close();
  });
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  async function serve(options: { askDelayMs?: number; replyWithinMs?: number; withClient?: boolean; pushing?: boolean } = {}): Promise<void> {
    askCalls = 0;
    logs = [];
    const engine: AnswerEngine = {
      ...seeded.engine,
      async ask(chatId, question) {
        askCalls += 1;
        if (options.askDelayMs) await new Promise((resolve) => setTimeout(resolve, options.askDelayMs));
        return seeded.engine.ask(chatId, question);
      },
    };
    const reminders = createReminders({
      db: seeded.store.db,
      source: createReportSource(seeded.store.db),
      notifiers: options.pushing ? { wechat: createWechatNotifier(createWechatApiClient({ apiRoot: wechatApi.url, appId: APP_ID, appSecret: "secret" })) } : {},
      clock: () => new Date(),
      log: recordingLog(),
    });
    app = await buildServer({
      engine,
      logger: { level: "info", stream: { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) } },
      wechat: {
        token: TOKEN,
        cipher,
        handler: createWechatMessageHandler({ engine, reminders: wechatReminders(reminders) }),
        client: options.withClient === false ? null : createWechatApiClient({ apiRoot: wechatApi.url, appId: APP_ID, appSecret: "secret" }),
        ...(options.replyWithinMs ? { replyWithinMs: options.replyWithinMs } : {}),
      },
    });
    url = await app.listen({ port: 0, host: "127.0.0.1" });
  }

  const post = (q: URLSearchParams, body: string, contentType = "text/xml") =>
    fetch(`${url}/wechat?${q}`, { method: "POST", headers: { "content-type": contentType }, body });

  async function replyFields(response: Response): Promise<Record<string, string>> {
    expect(response.status).toBe(200);
    return parseWechatXml(await response.text());
  }

  it("answers the server verification with echostr, and refuses a bad signature or an old timestamp", async () => {
    await serve();
    const q = query({ echostr: "echo-1234" });
    const ok = await fetch(`${url}/wechat?${q}`);
    expect([ok.status, await ok.text()]).toEqual([200, "echo-1234"]);
    q.set("signature", "0".repeat(40));
    expect((await fetch(`${url}/wechat?${q}`)).status).toBe(403);
    const old = query({ echostr: "echo-old" }, Math.floor(Date.now() / 1000) - 301);
    const refused = await fetch(`${url}/wechat?${old}`);
    expect([refused.status, await refused.text()]).toEqual([403, "forbidden"]);
  });

  it("answers a plaintext question with the cited figure as plain text", async () => {
    await serve();
    const reply = await replyFields(await post(query(), textXml("user-a", QUESTION, "6054768590064713728")));
    expect(reply.ToUserName).toBe("user-a");
    expect(reply.FromUserName).toBe("gh_account");
    expect(reply.MsgType).toBe("text");
    expect(reply.Content).toContain("凉州区科学技术局2021年年报：主动公开政府信息 13条。");
    expect(reply.Content).toContain("「2021年我局共主动公开政府信息13条");
    expect(reply.Content).not.toContain("**");
    expect(Buffer.byteLength(reply.Content!)).toBeLessThanOrEqual(2048);
  });

  it("keys messages on sender and 64-bit MsgId kept as a string", async () => {
    await serve();
    await post(query(), textXml("user-b", QUESTION, "9007199254740993"));
    await post(query(), textXml("user-b", QUESTION, "9007199254740992"));
    await post(query(), textXml("user-c", QUESTION, "9007199254740993"));
    expect(askCalls).toBe(3);
  });

  it("answers in safe mode with an encrypted, signed reply", async () => {
    await serve();
    const encrypted = cipher.encrypt(textXml("user-d", QUESTION, "100"));
    const q = query({ encrypt_type: "aes" });
    q.set("msg_signature", wechatSignature(TOKEN, q.get("timestamp")!, q.get("nonce")!, encrypted));
    const envelope = await replyFields(await post(q, `<xml><ToUserName><![CDATA[gh_account]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`));
    expect(envelope.MsgSignature).toBe(wechatSignature(TOKEN, envelope.TimeStamp!, envelope.Nonce!, envelope.Encrypt!));
    const inner = parseWechatXml(cipher.decrypt(envelope.Encrypt!));
    expect(inner.ToUserName).toBe("user-d");
    expect(inner.Content).toContain("13条");
  });

  it("refuses safe mode with a wrong msg_signature or undecryptable content", async () => {
    await serve();
    const encrypted = cipher.encrypt(textXml("user-e", QUESTION, "101"));
    const q = query({ encrypt_type: "aes", msg_signature: "f".repeat(40) });
    expect((await post(q, `<xml><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`)).status).toBe(403);
    const garbage = Buffer.alloc(64, 7).toString("base64");
    const q2 = query({ encrypt_type: "aes" });
    q2.set("msg_signature", wechatSignature(TOKEN, q2.get("timestamp")!, q2.get("nonce")!, garbage));
    expect((await post(q2, `<xml><Encrypt><![CDATA[${garbage}]]></Encrypt></xml>`)).status).toBe(400);
    expect(askCalls).toBe(0);
  });

  it("serves retries within the window from one computation", async () => {
    await serve({ askDelayMs: 400 });
    const body = textXml("user-f", QUESTION, "200");
    const first = post(query(), body);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const retry = post(query(), body);
    const [a, b] = await Promise.all([first, retry]);
    const [ra, rb] = [await replyFields(a), await replyFields(b)];
    expect(ra.Content).toBe(rb.Content);
    expect(ra.Content).toContain("13条");
    expect(askCalls).toBe(1);
  });

  it("replies success and sends through the customer-service API when the answer is late", async () => {
    await serve({ askDelayMs: 600, replyWithinMs: 150 });
    const before = wechatApi.sent.length;
    const body = textXml("user-g", QUESTION, "300");
    const first = await post(query(), body);
    expect([first.status, await first.text()]).toEqual([200, "success"]);
    const message = await eventually(() => wechatApi.sent[before]);
    expect(message.touser).toBe("user-g");
    expect(message.content).toContain("13条");
    const retry = await post(query(), body);
    expect(await retry.text()).toBe("success");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(wechatApi.sent.length).toBe(before + 1);
    expect(askCalls).toBe(1);
  });

  it("lets a late answer go out through the customer-service API before the server finishes closing", async () => {
    await serve({ askDelayMs: 600, replyWithinMs: 100 });
    const before = wechatApi.sent.length;
    const first = await post(query(), textXml("user-l", QUESTION, "310"));
    expect(await first.text()).toBe("success");
    const closing = app!;
    app = null;
    await closing.close();
    expect(wechatApi.sent.slice(before).map((m) => m.touser)).toEqual(["user-l"]);
    expect(logs.some((l) => l.msg === "waiting for wechat replies before closing")).toBe(true);
  });

  const followEvent = (from: string, at: number) =>
    `<xml><ToUserName>gh_account</ToUserName><FromUserName>${from}</FromUserName><CreateTime>${at}</CreateTime><MsgType>event</MsgType><Event>subscribe</Event></xml>`;

  it("welcomes a new follower with 订阅 only where the account can push", async () => {
    await serve({ pushing: true });
    expect((await replyFields(await post(query(), followEvent("user-w1", 1700000100)))).Content).toBe(
      [
        "您好！我可以回答政府信息公开工作年度报告里的数字和内容，并给出原文出处。",
        "直接发问题即可，例如：",
        "· 凉州区科技局2021年公开了多少条信息",
        "· 凉州区科学技术局2021年新收到几件政府信息公开申请？",
        "· 凉州区科技局2021年行政复议有多少件",
        "收到回答后，回复“原文”查看出处段落，回复“其他年份”查看同一机构其他年份。",
        "发送“订阅”接收年报报送期限提醒，“退订”取消。",
      ].join("\n"),
    );
    await app!.close();
    await serve();
    const welcome = (await replyFields(await post(query(), followEvent("user-w2", 1700000200)))).Content!;
    expect(welcome.split("\n").at(-1)).toBe("发送“截止日期”查看年报公布的期限。");
    expect(welcome).not.toContain("订阅");
  });

  it("takes a number or a distinguishing name as the choice among fitting agencies, and 原文 and 其他年份 by keyword", async () => {
    await serve();
    const say = async (content: string, id: string) => (await replyFields(await post(query(), textXml("user-p", content, id)))).Content!;
    const listing = [
      "有几个机构符合，请指明是哪一个：",
      "1. 本溪市教育局（辽宁省，2010年）",
      "2. 宁安市教育局（黑龙江省牡丹江市，2013年）",
      "",
      "回复序号（如“1”）或能区分的名称即可选择。",
    ].join("\n");
    expect(await say("教育局2021年公开了多少条信息", "900")).toBe(listing);
    expect(await say("3", "901")).toBe("请回复 1 到 2 之间的序号，或机构名称。");
    const benxi = await say("1", "902");
    expect(benxi.split("\n").slice(0, 3)).toEqual([
      "本溪市教育局2010年年报：主动公开政府信息 656条。",
      "其中：政策法规类 36条；计划规划类 4条；教育业务类 616条。",
      "出处：《本溪市教育局2010年政府信息公开工作年度报告》 · 二、公开政府信息情况",
    ]);
    expect(await say("教育局2021年公开了多少条信息", "903")).toBe(listing);
    expect(await say("宁安的", "904")).toMatch(/^宁安市教育局2013年年报：/);
    expect(await say("凉州区科技局2020年公开了多少条信息", "905")).toBe("未收录凉州区科学技术局2020年的年报。已收录该机构2021年的年报。");
    expect(await say("其他年份", "906")).toBe("凉州区科学技术局还有这些年份的年报：2021年。\n回复年份（如“2021年”）查看同一问题的答案。");
    expect((await say("2021年", "907")).split("\n")[0]).toBe("凉州区科学技术局2021年年报：主动公开政府信息 13条。");
    expect(await say("原文", "908")).toBe(
      "《凉州区科学技术局2021年政府信息公开工作年度报告》 · 二、主动公开政府信息情况\n\n" +
        "「(一)主动公开政府信息的情况。2021年我局共主动公开政府信息13条,其中,公开指南1条,公开要点1条,年度报告1条,机关简介1条,政务文件2条,政策法规2条,财务预决算和“三公”经费2条,机构职能1条,机构领导及其分工1条,工作落实情况1条。\n" +
        "(二)主动公开政府信息的主要类别。主动公开政府信息共设置7个栏目11项,主要包含有机构职能、机构领导及其分工、政策法规、规划计划、财务预决算和“三公”经费、行政职权、政务文件、行政许可和行政处罚双公示等。」",
    );
    expect(await say("原文", "909")).toMatch(/^《凉州区科学技术局2021年政府信息公开工作年度报告》/);
    expect(await say("火星市教育局2021年公开了多少条信息", "911")).toBe(
      [
        "未收录“火星市教育局”2021年的年报。",
        "相近的机构有：",
        "1. 本溪市教育局（辽宁省，2010年）",
        "2. 宁安市教育局（黑龙江省牡丹江市，2013年）",
        "",
        "回复序号（如“1”）或能区分的名称即可选择。",
      ].join("\n"),
    );
    expect(await say("2", "912")).toMatch(/^宁安市教育局2013年年报：主动公开政府信息 1339条。\n/);
    const stranger = (await replyFields(await post(query(), textXml("user-q", "原文", "910")))).Content;
    expect(stranger).toBe("请先提一个问题，再回复“原文”或“其他年份”。");
  });

  it("answers a voice message by WeChat's transcript, and explains itself where there is none", async () => {
    await serve();
    const voice = (id: string, recognition: string | null) =>
      `<xml><ToUserName><![CDATA[gh_account]]></ToUserName><FromUserName><![CDATA[user-v]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime>` +
      `<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m${id}]]></MediaId><Format><![CDATA[amr]]></Format>` +
      `${recognition === null ? "" : `<Recognition><![CDATA[${recognition}]]></Recognition>`}<MsgId>${id}</MsgId></xml>`;
    expect((await replyFields(await post(query(), voice("950", QUESTION)))).Content!.split("\n")[0]).toBe("凉州区科学技术局2021年年报：主动公开政府信息 13条。");
    expect((await replyFields(await post(query(), voice("951", null)))).Content).toBe(UNSUPPORTED_TEXT);
  });

  it("explains what it understands to other message types", async () => {
    await serve();
    const image = `<xml><ToUserName>gh_account</ToUserName><FromUserName>user-h</FromUserName><CreateTime>1700000001</CreateTime><MsgType>image</MsgType><PicUrl>http://x/y.jpg</PicUrl><MsgId>77</MsgId></xml>`;
    expect((await replyFields(await post(query(), image))).Content).toBe(UNSUPPORTED_TEXT);
    const weird = `<xml><ToUserName>gh_account</ToUserName><FromUserName>user-h</FromUserName><CreateTime>1700000002</CreateTime><MsgType>hologram</MsgType><MsgId>78</MsgId></xml>`;
    expect((await replyFields(await post(query(), weird))).Content).toBe(UNSUPPORTED_TEXT);
    expect(logs.filter((l) => l.msg === "wechat message type not understood; answering with a note").map((l) => l.msgType)).toEqual(["image", "hologram"]);
  });

  it("subscribes with 订阅 and says pushes only reach the user within 48 hours", async () => {
    await serve();
    const reply = await replyFields(await post(query(), textXml("user-i", "订阅 凉州区", "400")));
    expect(reply.Content).toMatch(/^已订阅年报提醒：\n· 凉州区（地区）：部门和政府年报\n/);
    const bye = await replyFields(await post(query(), textXml("user-i", "退订", "401")));
    expect(bye.Content).toBe("已退订全部年报提醒。");
    expect(askCalls).toBe(0);
  });

  describe("hostile input", () => {
    const refusals: Array<[string, string, number]> = [
      ["a DOCTYPE", `<!DOCTYPE xml [<!ENTITY a "x">]><xml><FromUserName>u</FromUserName><MsgType>text</MsgType><Content>&a;</Content></xml>`, 400],
      [
        "nested entities",
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;">]><xml><Content>&lol3;</Content></xml>`,
        400,
      ],
      ["one big entity referenced many times", `<!DOCTYPE x [<!ENTITY big "${"A".repeat(5000)}">]><xml><Content>${"&big;".repeat(2000)}</Content></xml>`, 400],
      ["a SYSTEM entity", `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><Content>&xxe;</Content></xml>`, 400],
      ["a repeated DOCTYPE", `<xml><Content>a</Content></xml><!DOCTYPE a><!DOCTYPE b>`, 400],
      ["lower-case doctype", `<!doctype x><xml><Content>a</Content></xml>`, 400],
      ["malformed XML", `<xml><FromUserName>u</FromUserName><MsgType>text</Content></xml>`, 400],
      ["not XML at all", `{"MsgType":"text"}`, 400],
      ["a body over the limit", `<xml><Content>${"字".repeat(40_000)}</Content></xml>`, 413],
    ];
    for (const [name, body, status] of refusals) {
      it(`refuses ${name} with ${status}, quickly, logged and without changing anything`, async () => {
        await serve();
        const inbound = await lastInboundTimes(seeded.store.db, "wx:");
        const started = Date.now();
        const response = await post(query(), body);
        expect(response.status).toBe(status);
        expect(Date.now() - started).toBeLessThan(1000);
        expect(askCalls).toBe(0);
        expect(await lastInboundTimes(seeded.store.db, "wx:")).toEqual(inbound);
        expect(logs.filter((l) => l.level === 40).map((l) => [l.msg, l.status])).toEqual([
          [status === 413 ? "request refused" : "wechat request refused", status],
        ]);
      });
    }

    it("treats 200k numeric character references as plain text under the size limit", async () => {
      await serve();
      const response = await post(query(), `<xml><Content>${"&#65;".repeat(200_000)}</Content></xml>`);
      expect(response.status).toBe(413);
      const small = await post(query(), textXml("user-j", "&#20973;".repeat(3000), "500"));
      expect(small.status).toBe(200);
    });

    it("refuses a bad signature, an old timestamp and a replayed nonce with another body", async () => {
      await serve();
      const body = textXml("user-k", QUESTION, "600");
      const bad = query();
      bad.set("signature", "a".repeat(40));
      expect((await post(bad, body)).status).toBe(403);
      expect((await post(query({}, Math.floor(Date.now() / 1000) - 301), body)).status).toBe(403);
      expect((await post(query({}, Math.floor(Date.now() / 1000) + 400), body)).status).toBe(403);
      const q = query();
      expect((await post(q, body)).status).toBe(200);
      expect((await post(q, body)).status).toBe(200);
      expect((await post(q, textXml("user-k", "别的内容", "601"))).status).toBe(403);
      expect(askCalls).toBe(1);
    });

    it("refuses a message without sender or type", async () => {
      await serve();
      expect((await post(query(), "<xml><Content>a</Content></xml>")).status).toBe(400);
    });
  });
});
