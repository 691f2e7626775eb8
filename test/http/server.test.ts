import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/http/server.ts";
import { openSeededEngine, type SeededEngine } from "../support/seeded-engine.ts";

describe("buildServer", () => {
  let seeded: SeededEngine;
  beforeAll(async () => {
    seeded = await openSeededEngine();
  });
  afterAll(async () => {
    await seeded.close();
  });

  it("serves the API over real HTTP on 127.0.0.1", async () => {
    const app = await buildServer({ engine: seeded.engine });
    const url = await app.listen({ port: 0, host: "127.0.0.1" });
    try {
      const response = await fetch(`${url}/api/ask`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ question: "凉州区科技局2021年公开了多少条信息", chat: "http-1" }),
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { figures: Array<{ value: number }> }).figures[0]!.value).toBe(13);
    } finally {
      await app.close();
    }
  });

  it("answers a failing handler with 500 and a generic message, never the error's details", async () => {
    const app: FastifyInstance = await buildServer({ engine: { ...seeded.engine, ask: () => Promise.reject(new Error("SQLITE_CORRUPT: secret path /var/x")) } });
    const response = await app.inject({ method: "POST", url: "/api/ask", payload: { question: "x" } });
    expect([response.statusCode, response.json()]).toEqual([500, { error: "internal error" }]);
    await app.close();
  });

  it("refuses a JSON body over the API's limit with 413", async () => {
    const app = await buildServer({ engine: seeded.engine });
    const response = await app.inject({ method: "POST", url: "/api/ask", payload: { question: "问".repeat(20_000) } });
    expect(response.statusCode).toBe(413);
    await app.close();
  });

  it("mounts the WeChat and Telegram endpoints only when configured", async () => {
    const app = await buildServer({ engine: seeded.engine });
    expect((await app.inject({ method: "GET", url: "/wechat" })).statusCode).toBe(404);
    expect((await app.inject({ method: "POST", url: "/telegram", payload: {} })).statusCode).toBe(404);
    await app.close();
  });
});
