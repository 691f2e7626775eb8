import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWechatMessageHandler, TOO_FAST_TEXT } from "../../src/bot/wechat/wechat.messages.ts";
import { buildServer } from "../../src/http/server.ts";
import { createRateLimiter } from "../../src/http/rate-limiter.ts";
import { openSeededEngine, type SeededEngine } from "../support/seeded-engine.ts";

describe("per-client rate limits", () => {
  let seeded: SeededEngine;
  let app: FastifyInstance;
  let now = Date.parse("2026-03-01T00:00:00Z");
  beforeAll(async () => {
    seeded = await openSeededEngine();
    app = await buildServer({ engine: seeded.engine, askLimiter: createRateLimiter({ now: () => now }) });
  });
  afterAll(async () => {
    await app.close();
    await seeded.close();
  });

  const ask = (remoteAddress: string) =>
    app.inject({ method: "POST", url: "/api/ask", remoteAddress, payload: { question: "凉州区科技局2021年公开了多少条信息", chat: "rl" } });

  it("answers 60 questions a minute from one client and refuses the 61st with 429 and Retry-After", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 60; i++) codes.push((await ask("10.0.0.1")).statusCode);
    expect(codes).toEqual(Array(60).fill(200));

    now += 15_000;
    const refused = await ask("10.0.0.1");
    expect([refused.statusCode, refused.headers["retry-after"], refused.json()]).toEqual([
      429,
      "45",
      { error: "too many questions: at most 60 per 60 s from one client; retry in 45 s" },
    ]);
    expect((await ask("10.0.0.2")).statusCode).toBe(200);

    now += 45_000;
    expect((await ask("10.0.0.1")).statusCode).toBe(200);
  });

  it("keeps at most maxKeys clients, forgetting the oldest", () => {
    const limiter = createRateLimiter({ limit: 1, maxKeys: 2, now: () => now });
    // "a" is the oldest window when "c" comes, so it is forgotten and counted afresh; then "b" goes for "a".
    expect(["a", "b", "a", "c", "a", "c"].map((k) => limiter.take(k).allowed)).toEqual([true, true, false, true, true, false]);
  });

  it("asks a WeChat user over the limit to wait, in a reply, and answers others", async () => {
    const handler = createWechatMessageHandler({ engine: seeded.engine, reminders: null, limiter: createRateLimiter({ limit: 2, now: () => now }) });
    const text = (from: string) => ({ FromUserName: from, ToUserName: "gh", MsgType: "text", Content: "凉州区科技局2021年公开了多少条信息", MsgId: "1" });
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await handler.reply(text("o1"), new Date(now)));
    expect(replies.map((r) => r === TOO_FAST_TEXT)).toEqual([false, false, true]);
    expect(replies[0]).toContain("13条");
    expect(await handler.reply(text("o2"), new Date(now))).toContain("13条");
  });
});
