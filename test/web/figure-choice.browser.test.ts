import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { chromium, type BrowserContext } from "playwright-core";
import { buildServer } from "../../src/http/server.ts";
import { openSeededEngine, type SeededEngine } from "../support/seeded-engine.ts";

const CLOSE = path.resolve(import.meta.dirname, "../fixtures/close-figures");
const QUOTE = "2016年，我中心门户网站全年访问量12万人次，政务微博全年访问量11万人次。";
const SOURCE = "出处：《示例县政务服务中心2016年政府信息公开工作年度报告》 · 一、概述";

describe("a figure ranked close behind the answer, as a choice on the chat page", () => {
  let seeded: SeededEngine;
  let app: FastifyInstance;
  let url: string;
  let profile: string;
  let context: BrowserContext;

  beforeAll(async () => {
    seeded = await openSeededEngine({ corpus: CLOSE });
    app = await buildServer({ engine: seeded.engine });
    url = await app.listen({ port: 0, host: "127.0.0.1" });
    profile = await mkdtemp(path.join(tmpdir(), "nianbao-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });
  afterAll(async () => {
    await context?.close();
    await app.close();
    await seeded.close();
    await rm(profile, { recursive: true, force: true });
  });

  it("shows the runner-up as a button that answers with it and its citation", async () => {
    const page = await context.newPage();
    const posted: Array<[string, unknown]> = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posted.push([new URL(request.url()).pathname, JSON.parse(request.postData() ?? "{}")]);
    });
    await page.goto(`${url}/`);
    await page.fill("#question", "示例县政务服务中心2016年全年访问量多少");
    await page.click("#send");
    const first = page.locator(".msg.bot:not(.pending)").nth(0);
    await first.waitFor({ timeout: 10_000 });
    expect(await first.locator("p").allTextContents()).toEqual([
      "示例县政务服务中心2016年年报：门户网站全年访问量 12万人次。",
      "相近的还有：政务微博全年访问量 11万人次。",
      SOURCE,
    ]);
    expect(await first.locator(".choices button").allTextContents()).toEqual(["查看政务微博全年访问量"]);

    await first.locator(".choices button").click();
    const picked = page.locator(".msg.bot:not(.pending)").nth(1);
    await picked.waitFor({ timeout: 10_000 });
    expect(await page.locator(".msg.user").allTextContents()).toEqual(["示例县政务服务中心2016年全年访问量多少", "查看政务微博全年访问量"]);
    expect([await picked.getAttribute("data-status"), await picked.locator("p").allTextContents(), await picked.locator("blockquote").allTextContents()]).toEqual([
      "answered",
      ["示例县政务服务中心2016年年报：政务微博全年访问量 11万人次。", SOURCE],
      [QUOTE],
    ]);
    expect(await picked.locator(".choices button").count()).toBe(0);
    const reportId = (await seeded.engine.catalog(""))[0]!.reportId;
    const [, choose] = posted[1]!;
    expect(posted.map(([p]) => p)).toEqual(["/api/ask", "/api/choose"]);
    expect(choose).toEqual({ report: reportId, figure: expect.stringMatching(/^f\d+$/), chat: expect.stringMatching(/^[A-Za-z0-9_-]+$/) });
  });

  it("answers POST /api/choose with the ask contract, and 404 for a figure no longer held", async () => {
    const reportId = (await seeded.engine.catalog(""))[0]!.reportId;
    const asked = (await (await fetch(`${url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: "示例县政务服务中心2016年全年访问量多少" }) })).json()) as {
      choices: Array<{ reportId: number; figureKey: string }>;
    };
    const choice = asked.choices[0]!;
    const chosen = await fetch(`${url}/api/choose`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ report: choice.reportId, figure: choice.figureKey }) });
    const json = (await chosen.json()) as { status: string; figures: Array<{ value: number }>; citations: Array<{ source: string; quote: string }> };
    expect([chosen.status, json.status, json.figures.map((f) => f.value), json.citations.map((c) => [c.source, c.quote])]).toEqual([200, "answered", [11], [["shifan-service-2016.txt", QUOTE]]]);
    const gone = await fetch(`${url}/api/choose`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ report: reportId, figure: "f9999" }) });
    expect([gone.status, await gone.json()]).toEqual([404, { error: "这份报告已不在库中，请重新提问。" }]);
  });
});
