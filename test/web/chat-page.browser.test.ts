import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { buildServer } from "../../src/http/server.ts";
import { openSeededEngine, type SeededEngine } from "../support/seeded-engine.ts";

describe("chat page in headless Chromium", () => {
  let seeded: SeededEngine;
  let app: FastifyInstance;
  let url: string;
  let profile: string;
  let context: BrowserContext;

  beforeAll(async () => {
    seeded = await openSeededEngine();
    app = await buildServer({ engine: seeded.engine });
    url = await app.listen({ port: 0, host: "127.0.0.1" });
    profile = await mkdtemp(path.join(tmpdir(), "nianbao-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await context?.close();
    await app.close();
    await seeded.close();
    await rm(profile, { recursive: true, force: true });
  });

  it("asks a question and shows the cited answer", async () => {
    const page = await context.newPage();
    const external: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(url)) external.push(request.url());
    });
    await page.goto(`${url}/`);
    expect(await page.title()).toBe("年报问答");
    await page.fill("#question", "凉州区科技局2021年公开了多少条信息");
    await page.click("#send");
    const answer = page.locator(".msg.bot").first();
    await answer.waitFor({ timeout: 10_000 });
    expect(await answer.getAttribute("data-status")).toBe("answered");
    expect(await answer.locator("strong").first().textContent()).toBe("13条");
    expect(await answer.locator("blockquote").first().textContent()).toMatch(/^2021年我局共主动公开政府信息13条/);
    expect(await answer.locator(".citation q").first().textContent()).toMatch(/^2021年我局共主动公开政府信息13条/);
    expect(await answer.locator(".citation").first().textContent()).toContain("凉州区科学技术局2021年政府信息公开工作年度报告");
    await page.screenshot({ path: "/tmp/nianbao-chat-page.png", fullPage: true });

    await page.fill("#question", "<img src=x onerror=alert(1)>");
    await page.click("#send");
    await page.locator(".msg.bot").nth(1).waitFor();
    expect(await page.locator(".msg.user").nth(1).textContent()).toBe("<img src=x onerror=alert(1)>");
    expect(await page.locator("img").count()).toBe(0);
    expect(external).toEqual([]);
  });

  it("asks an example question when its button is clicked", async () => {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.click(".examples button >> nth=2");
    await page.locator(".msg.bot").first().waitFor({ timeout: 10_000 });
    expect(await page.locator(".msg.user").first().textContent()).toBe("凉州区科技局2021年行政复议有多少件");
  });

  it("keeps one chat per browser across page loads, and gives another browser its own", async () => {
    const chatsOf = async (ctx: BrowserContext, question: string) => {
      const page = await ctx.newPage();
      const sent: string[] = [];
      page.on("request", (request) => {
        if (request.url().endsWith("/api/ask")) sent.push((JSON.parse(request.postData() ?? "{}") as { chat: string }).chat);
      });
      await page.goto(`${url}/`);
      await page.fill("#question", question);
      await page.click("#send");
      await page.locator(".msg.bot").first().waitFor({ timeout: 10_000 });
      const text = await page.locator(".msg.bot").first().textContent();
      await page.close();
      return { chat: sent[0]!, text: text ?? "" };
    };
    const first = await chatsOf(context, "凉州区科技局2020年公开了多少条信息");
    const again = await chatsOf(context, "那2021年呢？");
    expect(first.chat).toMatch(/^[0-9a-f-]{36}$/);
    expect(again.chat).toBe(first.chat);
    expect(again.text).toContain("13条");

    const other = await context.browser()!.newContext().catch(() => null);
    // A persistent context has no browser to open another from: a fresh profile is another browser.
    const otherProfile = other ? null : await mkdtemp(path.join(tmpdir(), "nianbao-chromium-"));
    const stranger =
      other ??
      (await chromium.launchPersistentContext(otherProfile!, { executablePath: "/usr/bin/chromium", headless: true, args: ["--headless", "--no-sandbox", "--disable-gpu"] }));
    try {
      const theirs = await chatsOf(stranger, "那2021年呢？");
      expect(theirs.chat).not.toBe(first.chat);
      expect(theirs.text).not.toContain("13条");
    } finally {
      await stranger.close();
      if (otherProfile) await rm(otherProfile, { recursive: true, force: true });
    }
  });
});
