import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";
import { startFakeBotApi } from "./support/fake-bot-api.ts";
import { eventually } from "./support/eventually.ts";
import { textUpdate } from "./support/telegram-updates.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
// What `npx tsx` runs; started directly so the signal reaches tsx, which relays it and exits with main's code.
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("loadConfig", () => {
  it("defaults to the seeds, a local database and every front off", () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: "127.0.0.1",
      databasePath: "var/nianbao.sqlite",
      dataDir: "data/reports",
      logLevel: "info",
      telegram: null,
      wechat: null,
    });
  });

  it("turns the fronts on from their credentials", () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: "123456:ABC-def_1",
      TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram",
      TELEGRAM_WEBHOOK_SECRET: "s3cret",
      ADMIN_TELEGRAM_IDS: "1, 22 ,333",
      WECHAT_TOKEN: "wxtoken",
      WECHAT_APPID: "wx123",
      WECHAT_APPSECRET: "sec",
      WECHAT_ENCODING_AES_KEY: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
      WECHAT_API_ROOT: "http://127.0.0.1:9/",
    });
    expect(config.telegram).toEqual({
      token: "123456:ABC-def_1",
      apiRoot: "https://api.telegram.org",
      webhookUrl: "https://bot.example.org/telegram",
      webhookSecret: "s3cret",
      adminIds: [1, 22, 333],
    });
    expect(config.wechat).toEqual({
      token: "wxtoken",
      appId: "wx123",
      appSecret: "sec",
      encodingAesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
      previousEncodingAesKey: null,
      apiRoot: "http://127.0.0.1:9",
    });
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ TELEGRAM_BOT_TOKEN: "nope" }, "TELEGRAM_BOT_TOKEN"],
    [{ TELEGRAM_BOT_TOKEN: "1:a", TELEGRAM_WEBHOOK_URL: "http://insecure" }, "TELEGRAM_WEBHOOK_URL"],
    [{ TELEGRAM_BOT_TOKEN: "1:a", TELEGRAM_WEBHOOK_URL: "https://x.org/t" }, "TELEGRAM_WEBHOOK_SECRET"],
    [{ ADMIN_TELEGRAM_IDS: "1,alice" }, "ADMIN_TELEGRAM_IDS"],
    [{ WECHAT_TOKEN: "t0k", WECHAT_ENCODING_AES_KEY: "short" }, "WECHAT_ENCODING_AES_KEY"],
    [{ WECHAT_TOKEN: "t0k", WECHAT_ENCODING_AES_KEY: "a".repeat(43) }, "WECHAT_APPID"],
  ])("stops on %j with a message naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${name}:`));
  });
});

describe("npm start (src/main.ts)", () => {
  let dir: string;
  let child: ChildProcess;
  let output = "";
  let port: number;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "nianbao-main-"));
    port = await freePort();
    child = spawn(TSX, ["src/main.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_PATH: path.join(dir, "db.sqlite"), PORT: String(port), LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  });

  it("serves the seeds, answers, and exits cleanly on SIGTERM", async () => {
    const until = Date.now() + 50_000;
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > until || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const response = await fetch(`http://127.0.0.1:${port}/api/ask`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "凉州区科技局2021年公开了多少条信息" }),
    });
    const body = (await response.json()) as { status: string; figures: Array<{ value: number }> };
    expect([body.status, body.figures[0]!.value]).toEqual(["answered", 13]);
    expect(output).toContain("off (TELEGRAM_BOT_TOKEN unset)");
    expect(output).toContain("off (WECHAT_TOKEN unset)");

    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain('"msg":"shutting down"');
  }, 60_000);

  it("runs the Telegram bot by long polling and the WeChat endpoint when their credentials are set", async () => {
    const fake = await startFakeBotApi();
    const db = path.join(dir, "fronts.sqlite");
    const botPort = await freePort();
    const proc = spawn(TSX, ["src/main.ts"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_PATH: db,
        PORT: String(botPort),
        TELEGRAM_BOT_TOKEN: "123:abc",
        TELEGRAM_API_ROOT: fake.url,
        WECHAT_TOKEN: "wxtoken",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    proc.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
    proc.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
    try {
      await eventually(() => log.includes("nianbao listening on"), 50_000).catch(() => {
        throw new Error(`server did not start:\n${log}`);
      });
      expect(log).toContain('"telegram":"long polling"');
      expect(log).toContain(`"wechat":"http://127.0.0.1:${botPort}/wechat (plaintext only)"`);
      expect(fake.sent("setMyCommands")).toHaveLength(1);
      fake.pushUpdate(textUpdate(77, "/subscribe 凉州区") as unknown as Record<string, unknown>);
      fake.pushUpdate(textUpdate(77, "凉州区科技局2021年公开了多少条信息") as unknown as Record<string, unknown>);
      const replies = await eventually(() => (fake.sent("sendMessage").length >= 2 ? fake.sent("sendMessage") : undefined), 20_000);
      expect(String(replies[0]!.payload.text)).toMatch(/^已订阅年报提醒。/);
      expect(String(replies[1]!.payload.text)).toContain("<b>13条</b>");
      const exited = new Promise<number | null>((resolve) => proc.once("exit", resolve));
      proc.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      if (proc.exitCode === null) proc.kill("SIGKILL");
      await fake.close();
    }
  }, 90_000);

  it("refuses to start with a bad value, naming the variable", async () => {
    const bad = spawn(TSX, ["src/main.ts"], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: "eighty" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    bad.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => bad.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain("Invalid configuration: PORT: must be a port number 0-65535");
  }, 60_000);
});
