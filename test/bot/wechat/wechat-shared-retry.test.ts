import type { FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AnswerEngine } from "../../../src/answers/answer.ts";
import { createAnswerEngine } from "../../../src/answers/create-answer-engine.ts";
import { createStoredMessageLog } from "../../../src/bot/wechat/wechat-message-log.ts";
import { createWechatMessageHandler } from "../../../src/bot/wechat/wechat.messages.ts";
import { signedQuery, textXml } from "../../support/wechat-messages.ts";
import { parseWechatXml } from "../../../src/bot/wechat/wechat.xml.ts";
import { ingestPaths } from "../../../src/corpus/ingest-paths.ts";
import { buildServer } from "../../../src/http/server.ts";
import { createChatStateStore } from "../../../src/store/chat-state.repository.ts";
import type { Store } from "../../../src/store/db.ts";
import { createReportSource } from "../../../src/store/report-source.ts";
import { SEED_DIR } from "../../support/seeded-engine.ts";
import { openTempStore, type TempStore } from "../../support/temp-store.ts";
import { DIALECTS } from "../../support/test-databases.ts";

const TOKEN = "wxtoken123";

describe.each(DIALECTS)("a WeChat retry reaching another instance on %s", (dialect) => {
  let temp: TempStore;
  let second: Store;
  let servers: FastifyInstance[] = [];
  const asked = { a: 0, b: 0 };

  async function instance(name: "a" | "b", store: Store, delayMs: number): Promise<string> {
    const real = createAnswerEngine({ source: createReportSource(store.db), chats: createChatStateStore(store.db), now: () => new Date() });
    const engine: AnswerEngine = {
      ...real,
      async ask(chatId, question) {
        asked[name] += 1;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return real.ask(chatId, question);
      },
    };
    const app = await buildServer({
      engine,
      logger: false,
      wechat: {
        token: TOKEN,
        cipher: null,
        client: null,
        handler: createWechatMessageHandler({ engine, reminders: null }),
        messages: createStoredMessageLog(store.db, { pollMs: 20 }),
      },
    });
    servers.push(app);
    return app.listen({ port: 0, host: "127.0.0.1" });
  }

  beforeEach(async () => {
    temp = await openTempStore(dialect);
    await ingestPaths(temp.store, [SEED_DIR], { removeMissing: true });
    second = await temp.reopen();
    asked.a = asked.b = 0;
  });
  afterEach(async () => {
    await Promise.all(servers.map((app) => app.close()));
    servers = [];
    await second.close();
    await temp.dispose();
  });

  it("waits for the reply the first instance is still computing and serves it, computing nothing itself", async () => {
    const [urlA, urlB] = [await instance("a", temp.store, 800), await instance("b", second, 0)];
    const query = signedQuery(TOKEN, "o-1");
    const body = textXml("o-1", "凉州区科技局2021年公开了多少条信息", "6054768590064713728");
    const post = (url: string) =>
      fetch(`${url}/wechat?${query}`, { method: "POST", headers: { "content-type": "text/xml" }, body }).then(async (r) => [r.status, parseWechatXml(await r.text()).Content]);
    const first = post(urlA);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const retry = await post(urlB);
    const original = await first;
    expect(original[0]).toBe(200);
    expect(original[1]).toContain("凉州区科学技术局2021年年报：主动公开政府信息 13条。");
    expect(retry).toEqual(original);
    expect(asked).toEqual({ a: 1, b: 0 });
  });
});
