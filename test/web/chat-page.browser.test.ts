import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { AnswerEngine } from "../../src/answers/answer.ts";
import { ingestPaths } from "../../src/corpus/ingest-paths.ts";
import { buildServer } from "../../src/http/server.ts";
import { openSeededEngine, type SeededEngine } from "../support/seeded-engine.ts";

describe("chat page in headless Chromium", () => {
  let seeded: SeededEngine;
  let app: FastifyInstance;
  let url: string;
  let profile: string;
  let context: BrowserContext;

  // How long the engine takes (to see the pending state), and a question it fails on.
  let delayMs = 0;
  const FAILING = "这个问题让服务出错";
  const REPORT_URL = "https://www.example.gov.cn/xxgk/2021/kjj-ndbg.html";

  beforeAll(async () => {
    seeded = await openSeededEngine({ copySeeds: true });
    await writeFile(path.join(seeded.dataDir, "001_c6179b2d5830f109.txt.meta.json"), JSON.stringify({ url: REPORT_URL }));
    await ingestPaths(seeded.store, [seeded.dataDir], { removeMissing: true });
    const engine: AnswerEngine = {
      ...seeded.engine,
      async ask(chatId, question) {
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        if (question === FAILING) throw new Error("engine failed");
        return seeded.engine.ask(chatId, question);
      },
    };
    app = await buildServer({ engine });
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

  /** A page that counts its `POST /api/ask` requests. */
  async function openPage(viewport = { width: 1280, height: 900 }): Promise<{ page: Page; asked: string[] }> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/api/ask")) asked.push((JSON.parse(request.postData() ?? "{}") as { question: string }).question);
    });
    await page.goto(`${url}/`);
    return { page, asked };
  }

  const settled = (page: Page) => page.locator(".msg.bot:not(.pending)").last().waitFor({ timeout: 10_000 });

  it("asks a question and shows the cited answer, each quote once, its source linked by title", async () => {
    const page = await context.newPage();
    const external: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(url)) external.push(request.url());
    });
    await page.goto(`${url}/`);
    expect(await page.title()).toBe("年报问答");
    await page.fill("#question", "凉州区科技局2021年公开了多少条信息");
    await page.click("#send");
    await settled(page);
    const answer = page.locator(".msg.bot").first();
    expect(await answer.getAttribute("data-status")).toBe("answered");
    expect(await answer.locator("strong").first().textContent()).toBe("13条");
    expect(await answer.locator("blockquote").count()).toBe(1);
    expect(await answer.locator("blockquote").textContent()).toMatch(/^2021年我局共主动公开政府信息13条/);
    const text = (await answer.textContent()) ?? "";
    expect(text.split("2021年我局共主动公开政府信息13条")).toHaveLength(2);
    expect(text).not.toContain(".txt");
    expect(await answer.locator("p.source").textContent()).toBe("出处：《凉州区科学技术局2021年政府信息公开工作年度报告》 · 二、主动公开政府信息情况");
    const link = answer.locator("p.source a");
    expect([await link.textContent(), await link.getAttribute("href")]).toEqual(["凉州区科学技术局2021年政府信息公开工作年度报告", REPORT_URL]);

    await page.fill("#question", "<img src=x onerror=alert(1)>");
    await page.click("#send");
    await page.locator(".msg.bot:not(.pending)").nth(1).waitFor();
    expect(await page.locator(".msg.user").nth(1).textContent()).toBe("<img src=x onerror=alert(1)>");
    expect(await page.locator("img").count()).toBe(0);
    expect(external).toEqual([]);
  });

  it("shows that it is looking while a question is pending, and neither loses nor re-sends what is typed meanwhile", async () => {
    delayMs = 800;
    try {
      const { page, asked } = await openPage();
      await page.fill("#question", "凉州区科技局2021年公开了多少条信息");
      await page.press("#question", "Enter");
      const pending = page.locator(".msg.bot.pending");
      await pending.waitFor();
      expect(await pending.textContent()).toBe("正在查找");
      expect(await page.locator("#send").textContent()).toBe("查找中…");
      expect(await page.locator("#status").textContent()).toBe("正在查找，请稍候；您可以先输入下一个问题。");
      await page.fill("#question", "其中政策法规多少条");
      await page.press("#question", "Enter");
      await page.press("#question", "Enter");
      await page.click(".examples button >> nth=1");
      await settled(page);
      expect(asked).toEqual(["凉州区科技局2021年公开了多少条信息"]);
      expect(await page.inputValue("#question")).toBe("其中政策法规多少条");
      expect(await page.locator(".msg.user").allTextContents()).toEqual(["凉州区科技局2021年公开了多少条信息"]);
      expect(await page.locator("#send").textContent()).toBe("提问");
      await page.press("#question", "Enter");
      await page.locator(".msg.bot:not(.pending)").nth(1).waitFor({ timeout: 10_000 });
      expect(asked).toEqual(["凉州区科技局2021年公开了多少条信息", "其中政策法规多少条"]);
      expect(await page.inputValue("#question")).toBe("");
    } finally {
      delayMs = 0;
    }
  });

  it("asks an example question when its button is clicked, once, keeping what is typed", async () => {
    const { page, asked } = await openPage();
    await page.fill("#question", "我还没写完的问题");
    await page.click(".examples button >> nth=2");
    await settled(page);
    expect(await page.locator(".msg.user").allTextContents()).toEqual(["凉州区科技局2021年行政复议有多少件"]);
    expect(asked).toEqual(["凉州区科技局2021年行政复议有多少件"]);
    expect(await page.inputValue("#question")).toBe("我还没写完的问题");
  });

  it("offers fitting agencies and near matches as buttons that ask for them", async () => {
    const { page, asked } = await openPage();
    await page.fill("#question", "教育局2021年公开了多少条信息");
    await page.click("#send");
    await settled(page);
    expect(await page.locator(".msg.bot .candidates button").allTextContents()).toEqual(["本溪市教育局 2010年", "宁安市教育局 2013年"]);
    await page.click(".msg.bot .candidates button >> nth=0");
    await page.locator(".msg.bot:not(.pending)").nth(1).waitFor({ timeout: 10_000 });
    expect(asked.at(-1)).toBe("本溪市教育局2010年 教育局公开了多少条信息");
    expect(await page.locator(".msg.bot").nth(1).locator("p").first().textContent()).toBe("本溪市教育局2010年年报：主动公开政府信息 656条。");

    await page.fill("#question", "火星市教育局2021年公开了多少条信息");
    await page.click("#send");
    await page.locator(".msg.bot:not(.pending)").nth(2).waitFor({ timeout: 10_000 });
    const near = page.locator(".msg.bot").nth(2);
    expect(await near.getAttribute("data-status")).toBe("not_found");
    expect(await near.locator(".candidates button").allTextContents()).toEqual(["本溪市教育局 2010年", "宁安市教育局 2013年"]);
    await near.locator(".candidates button >> nth=1").click();
    await page.locator(".msg.bot:not(.pending)").nth(3).waitFor({ timeout: 10_000 });
    expect(asked.at(-1)).toBe("宁安市教育局2013年 公开了多少条信息");
    expect(await page.locator(".msg.bot").nth(3).getAttribute("data-status")).toBe("answered");
  });

  it("says what went wrong in plain Chinese", async () => {
    const { page } = await openPage();
    await page.fill("#question", FAILING);
    await page.click("#send");
    await settled(page);
    expect(await page.locator(".msg.bot.error").textContent()).toBe("服务暂时出了点问题，请稍后再试。");
  });

  it("shows the 500-character limit as a counter and does not send a longer question", async () => {
    const { page, asked } = await openPage();
    await page.fill("#question", "问".repeat(12));
    expect(await page.locator("#count").textContent()).toBe("12/500");
    await page.fill("#question", "问".repeat(503));
    expect(await page.inputValue("#question")).toHaveLength(503);
    expect(await page.locator("#count").textContent()).toBe("503/500");
    expect(await page.locator("#count").getAttribute("class")).toBe("over");
    expect(await page.locator("#status").textContent()).toBe("问题最多500字，已超出3字，请缩短后再问。");
    expect(await page.locator("#send").isDisabled()).toBe(true);
    await page.press("#question", "Enter");
    expect(asked).toEqual([]);
    expect(await page.locator(".msg").count()).toBe(0);
    await page.fill("#question", "问".repeat(500));
    expect([await page.locator("#count").textContent(), await page.locator("#status").textContent(), await page.locator("#send").isDisabled()]).toEqual(["500/500", "", false]);
  });

  it("keeps the limit in sight when a pending answer arrives", async () => {
    delayMs = 500;
    try {
      const { page } = await openPage({ width: 390, height: 844 });
      await page.fill("#question", "凉州区科技局2021年公开了多少条信息");
      await page.click("#send");
      await page.locator(".msg.bot.pending").waitFor();
      await page.fill("#question", "问".repeat(510));
      expect(await page.locator("#status").textContent()).toBe("问题最多500字，已超出10字，请缩短后再问。");
      await settled(page);
      expect(await page.locator("#status").textContent()).toBe("问题最多500字，已超出10字，请缩短后再问。");
      expect(await page.locator("#send").isDisabled()).toBe(true);
    } finally {
      delayMs = 0;
    }
  });

  it("fits the desktop and the phone (screenshots for a look)", async () => {
    for (const [name, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      const { page } = await openPage(viewport);
      await page.fill("#question", "凉州区科技局2021年公开了多少条信息");
      await page.click("#send");
      await settled(page);
      await page.fill("#question", "凉州区科技局2021年行政复议维持了多少件");
      await page.click("#send");
      await page.locator(".msg.bot:not(.pending)").nth(1).waitFor({ timeout: 10_000 });
      await page.fill("#question", "教育局2021年公开了多少条信息");
      await page.click("#send");
      await page.locator(".msg.bot:not(.pending)").nth(2).waitFor({ timeout: 10_000 });
      await page.fill("#question", "下一个问题");
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: `/tmp/nianbao-chat-${name}.png`, fullPage: true });
      await page.close();
    }
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
      await settled(page);
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
