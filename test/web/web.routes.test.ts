import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/http/server.ts";
import { openSeededEngine, type SeededEngine } from "../support/seeded-engine.ts";

describe("web routes", () => {
  let seeded: SeededEngine;
  let app: FastifyInstance;
  let questions = 0;
  beforeAll(async () => {
    seeded = await openSeededEngine();
    app = await buildServer({ engine: seeded.engine, onQuestion: async () => void (questions += 1) });
  });
  afterAll(async () => {
    await app.close();
    await seeded.close();
  });

  it("answers the health check", async () => {
    const response = await app.inject({ method: "GET", url: "/healthz" });
    expect([response.statusCode, response.json()]).toEqual([200, { ok: true, load: { running: false, current: null, last: null } }]);
  });

  it("serves a self-contained Chinese chat page", async () => {
    const response = await app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    const html = response.body;
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("凉州区科技局2021年公开了多少条信息");
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    expect(html).not.toContain("innerHTML");
  });

  it("answers POST /api/ask with the ask contract", async () => {
    const response = await app.inject({ method: "POST", url: "/api/ask", payload: { question: "凉州区科技局2021年公开了多少条信息", chat: "t-1" } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body)).toEqual(["status", "text", "agency", "year", "figures", "citations", "candidates"]);
    expect([body.status, body.agency, body.year]).toEqual(["answered", "凉州区科学技术局", 2021]);
    expect(body.figures[0]).toEqual({ metric: "proactive.total", label: "主动公开政府信息", value: 13, unit: "条", approximate: false });
    expect(Object.keys(body.citations[0])).toEqual(["agency", "year", "title", "source", "url", "section", "quote"]);
    expect(body.citations[0].source).toBe("001_c6179b2d5830f109.txt");
    expect(body.citations[0].quote).toMatch(/^2021年我局共主动公开政府信息13条/);
    expect(questions).toBe(1);
  });

  it("keeps follow-ups within a chat", async () => {
    await app.inject({ method: "POST", url: "/api/ask", payload: { question: "凉州区科技局2020年公开了多少条信息", chat: "t-2" } });
    const response = await app.inject({ method: "POST", url: "/api/ask", payload: { question: "那2021年呢？", chat: "t-2" } });
    expect(response.json().figures[0].value).toBe(13);
  });

  it("never shares follow-ups between callers that send no chat id", async () => {
    await app.inject({ method: "POST", url: "/api/ask", payload: { question: "凉州区科技局2020年公开了多少条信息" } });
    const response = await app.inject({ method: "POST", url: "/api/ask", payload: { question: "那2021年呢？" } });
    expect([response.statusCode, response.json().status]).toEqual([200, "clarify"]);
  });

  it.each([
    ["an empty question", { question: "" }],
    ["a blank question", { question: "   " }],
    ["a missing question", { chat: "x" }],
    ["a question that is not a string", { question: 13 }],
    ["an unknown field", { question: "a", extra: 1 }],
    ["a chat id with odd characters", { question: "a", chat: "<script>" }],
    ["an over-long question", { question: "问".repeat(501) }],
  ])("answers 400 to %s", async (_name, payload) => {
    const response = await app.inject({ method: "POST", url: "/api/ask", payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toHaveProperty("error");
  });

  it("answers 400 to malformed JSON and 404 as JSON to unknown routes", async () => {
    const bad = await app.inject({ method: "POST", url: "/api/ask", headers: { "content-type": "application/json" }, payload: "{nope" });
    expect(bad.statusCode).toBe(400);
    const missing = await app.inject({ method: "GET", url: "/nope" });
    expect(missing.statusCode).toBe(404);
  });
});
