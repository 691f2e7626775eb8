import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, loadDatabaseConfig } from "../src/config.ts";
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
      databaseUrl: null,
      databasePoolSize: 10,
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
      WECHAT_APPID: "wx0123456789abcdef",
      WECHAT_APPSECRET: "0123456789abcdef0123456789ABCDEF",
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
      appId: "wx0123456789abcdef",
      appSecret: "0123456789abcdef0123456789ABCDEF",
      encodingAesKey: "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
      previousEncodingAesKey: null,
      apiRoot: "http://127.0.0.1:9",
    });
  });

  it("selects PostgreSQL with DATABASE_URL and sizes its pool with DATABASE_POOL_SIZE", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://bot:pw@db.internal:5432/nianbao?sslmode=require", DATABASE_POOL_SIZE: "4" });
    expect([config.databaseUrl, config.databasePoolSize]).toEqual(["postgres://bot:pw@db.internal:5432/nianbao?sslmode=require", 4]);
    expect(loadDatabaseConfig({ DATABASE_URL: "postgresql://127.0.0.1/x", PORT: "not read" })).toEqual({
      databasePath: "var/nianbao.sqlite",
      databaseUrl: "postgresql://127.0.0.1/x",
      databasePoolSize: 10,
    });
  });

  it("accepts an IP address or a host name as HOST", () => {
    expect(["0.0.0.0", "::", "::1", "localhost", "nianbao.example.org"].map((HOST) => loadConfig({ HOST }).host)).toEqual([
      "0.0.0.0",
      "::",
      "::1",
      "localhost",
      "nianbao.example.org",
    ]);
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "-1" }, "PORT"],
    [{ HOST: "local host" }, "HOST"],
    [{ HOST: "http://127.0.0.1" }, "HOST"],
    [{ TELEGRAM_API_ROOT: "api.telegram.org" }, "TELEGRAM_API_ROOT"],
    [{ TELEGRAM_BOT_TOKEN: "1:a", TELEGRAM_WEBHOOK_URL: "https://x.org/t", TELEGRAM_WEBHOOK_SECRET: "has space" }, "TELEGRAM_WEBHOOK_SECRET"],
    [{ WECHAT_TOKEN: "t!" }, "WECHAT_TOKEN"],
    [{ WECHAT_TOKEN: "t0k", WECHAT_APPID: "wx123" }, "WECHAT_APPID"],
    [{ WECHAT_TOKEN: "t0k", WECHAT_APPID: "wx0123456789abcdef", WECHAT_APPSECRET: "sec" }, "WECHAT_APPSECRET"],
    [{ WECHAT_TOKEN: "t0k", WECHAT_APPSECRET: "0123456789abcdef0123456789abcdef" }, "WECHAT_APPID"],
    [{ WECHAT_API_ROOT: "ftp://api.weixin.qq.com" }, "WECHAT_API_ROOT"],
    [{ WECHAT_PREVIOUS_ENCODING_AES_KEY: "x" }, "WECHAT_PREVIOUS_ENCODING_AES_KEY"],
    [{ PORT: "70000" }, "PORT"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ DATABASE_URL: "mysql://127.0.0.1/x" }, "DATABASE_URL"],
    [{ DATABASE_POOL_SIZE: "1" }, "DATABASE_POOL_SIZE"],
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
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_PATH: path.join(dir, "db.sqlite"),
        DATA_DIR: "data/reports",
        PORT: String(port),
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  });

  it("serves the seeds, answers with the cited figure, and exits cleanly on SIGTERM", async () => {
    await eventually(() => output.includes("nianbao listening on") || child.exitCode !== null, 50_000).catch(() => undefined);
    if (!output.includes("nianbao listening on")) throw new Error(`server did not start:\n${output}`);
    const listening = output.split("\n").find((line) => line.includes("nianbao listening on"))!;
    expect(JSON.parse(listening)).toMatchObject({
      msg: `nianbao listening on http://127.0.0.1:${port}`,
      web: `http://127.0.0.1:${port}/`,
      api: `http://127.0.0.1:${port}/api/ask`,
      telegram: "off (TELEGRAM_BOT_TOKEN unset)",
      wechat: "off (WECHAT_TOKEN unset)",
    });
    await eventually(() => output.includes("data loaded"), 50_000);
    expect(output).toContain("data loaded\\n文件：5 个（新增 5，更新 0，未变 0，移除 0，失败 0）");

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      ok: true,
      load: { running: false, current: null, last: { kind: "start-up", files: 5, failed: 0, error: null } },
    });
    const response = await fetch(`http://127.0.0.1:${port}/api/ask`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "凉州区科技局2021年公开了多少条信息" }),
    });
    const body = (await response.json()) as {
      status: string;
      agency: string;
      year: number;
      figures: Array<{ label: string; value: number; unit: string }>;
      citations: Array<{ title: string; source: string; section: string; quote: string }>;
    };
    expect([response.status, body.status, body.agency, body.year]).toEqual([200, "answered", "凉州区科学技术局", 2021]);
    expect(body.figures[0]).toMatchObject({ label: "主动公开政府信息", value: 13, unit: "条" });
    expect(body.citations[0]).toMatchObject({
      title: "凉州区科学技术局2021年政府信息公开工作年度报告",
      source: "001_c6179b2d5830f109.txt",
      section: "二、主动公开政府信息情况",
    });
    expect(body.citations[0]!.quote).toMatch(/^2021年我局共主动公开政府信息13条/);

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
        ADMIN_TELEGRAM_IDS: "555",
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
      await eventually(() => log.includes("data loaded"), 50_000);
      expect(log).toContain(`"wechat":"http://127.0.0.1:${botPort}/wechat (plaintext only)"`);
      expect(fake.sent("setMyCommands").map((c) => [c.payload.scope, c.payload.language_code ?? null])).toEqual([
        [{ type: "default" }, null],
        [{ type: "default" }, "zh"],
        [{ type: "chat", chat_id: 555 }, null],
        [{ type: "chat", chat_id: 555 }, "zh"],
      ]);
      fake.pushUpdate(textUpdate(77, "/subscribe 凉州区") as unknown as Record<string, unknown>);
      fake.pushUpdate(textUpdate(77, "凉州区科技局2021年公开了多少条信息") as unknown as Record<string, unknown>);
      const replies = await eventually(() => (fake.sent("sendMessage").length >= 2 ? fake.sent("sendMessage") : undefined), 20_000);
      expect(String(replies[0]!.payload.text)).toMatch(/^已订阅年报提醒：\n· 凉州区（地区）：部门和政府年报\n/);
      expect(String(replies[1]!.payload.text)).toContain("<b>13条</b>");
      const exited = new Promise<number | null>((resolve) => proc.once("exit", resolve));
      proc.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      if (proc.exitCode === null) proc.kill("SIGKILL");
      await fake.close();
    }
  }, 90_000);

  async function failedStart(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
    const bad = spawn(TSX, ["src/main.ts"], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    bad.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => bad.once("exit", resolve));
    return { code, stderr };
  }

  it("refuses to start with a bad value, naming the variable", async () => {
    expect(await failedStart({ PORT: "eighty" })).toEqual({ code: 1, stderr: "Invalid configuration: PORT: must be a port number 0-65535\n" });
  }, 60_000);

  it("refuses to start when DATA_DIR is not a directory, before touching the database", async () => {
    const database = path.join(dir, "never.sqlite");
    const missing = path.join(dir, "no-such-dir");
    expect(await failedStart({ DATA_DIR: missing, DATABASE_PATH: database, PORT: "0" })).toEqual({
      code: 1,
      stderr: `Invalid configuration: DATA_DIR: ${missing} is not a directory\n`,
    });
    await expect(stat(database)).rejects.toThrow("ENOENT");
  }, 60_000);

  it("names DATABASE_URL, its password masked, when PostgreSQL cannot be reached, and writes no SQLite file", async () => {
    const database = path.join(dir, "unused", "db.sqlite");
    const { code, stderr } = await failedStart({ DATABASE_URL: "postgres://bot:secret@127.0.0.1:1/nianbao", DATABASE_PATH: database, PORT: "0" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^nianbao failed to start: Error: DATABASE_URL postgres:\/\/bot:\*\*\*@127\.0\.0\.1:1\/nianbao: store: cannot open or migrate /);
    expect(stderr).not.toContain("secret");
    await expect(stat(path.dirname(database))).rejects.toThrow("ENOENT");
  }, 60_000);

  it("names DATABASE_PATH when the database cannot be opened", async () => {
    const file = path.join(dir, "a-file");
    await writeFile(file, "not a directory");
    const { code, stderr } = await failedStart({ DATABASE_PATH: path.join(file, "db.sqlite"), PORT: "0" });
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^nianbao failed to start: Error: DATABASE_PATH ${path.join(file, "db.sqlite")}: `));
  }, 60_000);
});
