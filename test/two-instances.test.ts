/**
 * Two servers (`src/main.ts` processes) on one PostgreSQL database, each with its own
 * DATABASE_PATH: what one instance stores, the other sees. Runs when PostgreSQL is reachable
 * (always in CI).
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedQuery, textXml } from "./support/wechat-messages.ts";
import { parseWechatXml } from "../src/bot/wechat/wechat.xml.ts";
import { createReminders } from "../src/reminders/reminders.ts";
import { openPostgresStore, type Store } from "../src/store/db.ts";
import { createReportSource } from "../src/store/report-source.ts";
import { sendLogCounts } from "../src/store/send-log.repository.ts";
import { readCorpusStats } from "../src/store/stats.repository.ts";
import { eventually } from "./support/eventually.ts";
import { startFakeBotApi } from "./support/fake-bot-api.ts";
import { createTestDatabase, DIALECTS } from "./support/test-databases.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const TOKEN = "wxtoken123";

interface Instance {
  child: ChildProcess;
  url: string;
  databasePath: string;
  log(): string;
}

async function startInstance(name: string, databaseUrl: string, dir: string): Promise<Instance> {
  const databasePath = path.join(dir, name, "nianbao.sqlite");
  const child = spawn(TSX, ["src/main.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: databaseUrl, DATABASE_PATH: databasePath, DATA_DIR: "data/reports", PORT: "0", WECHAT_TOKEN: TOKEN },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await eventually(() => output.includes("nianbao listening on") || child.exitCode !== null, 50_000).catch(() => undefined);
  const line = output.split("\n").find((l) => l.includes("nianbao listening on"));
  if (!line) throw new Error(`instance ${name} did not start:\n${output}`);
  return { child, url: (JSON.parse(line) as { msg: string }).msg.replace("nianbao listening on ", ""), databasePath, log: () => output };
}

async function ask(instance: Instance, chat: string, question: string) {
  const response = await fetch(`${instance.url}/api/ask`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ question, chat }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { status: string; text: string; agency: string; year: number; figures: Array<{ label: string; value: number; unit: string }> };
}

async function stop(instance: Instance): Promise<number | null> {
  if (instance.child.exitCode !== null) return instance.child.exitCode;
  const exited = new Promise<number | null>((resolve) => instance.child.once("exit", resolve));
  instance.child.kill("SIGTERM");
  return exited;
}

describe.runIf(DIALECTS.includes("postgres"))("two instances on one PostgreSQL database", () => {
  let dir: string;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let store: Store;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "nianbao-two-"));
    database = await createTestDatabase();
    // Both start at once on the same DATA_DIR.
    [a, b] = await Promise.all([startInstance("a", database.url, dir), startInstance("b", database.url, dir)]);
    store = await openPostgresStore(database.url);
  }, 120_000);
  afterAll(async () => {
    for (const instance of [a, b]) if (instance && instance.child.exitCode === null) instance.child.kill("SIGKILL");
    await store?.close();
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it("loads the data directory once: one instance adds the files, the other finds them unchanged", async () => {
    await eventually(() => a.log().includes("data loaded") && b.log().includes("data loaded"), 60_000);
    const added = [a, b].map((instance) => /新增 (\d+)，/.exec(instance.log())![1]).sort();
    expect(added).toEqual(["0", "5"]);
    // What one load of data/reports into an empty SQLite file holds: 5 files, 14 reports, 325 figures.
    const stats = await readCorpusStats(store.db);
    expect([stats.files, stats.reports, stats.figures]).toEqual([5, 14, 325]);
  }, 70_000);

  it("continues on B a chat begun on A", async () => {
    const first = await ask(a, "shared-chat", "凉州区科技局2021年公开了多少条信息");
    expect([first.status, first.agency, first.year, first.figures[0]?.value]).toEqual(["answered", "凉州区科学技术局", 2021, 13]);
    const followUp = await ask(b, "shared-chat", "其中政策法规多少条");
    expect([followUp.status, followUp.agency, followUp.year]).toEqual(["answered", "凉州区科学技术局", 2021]);
    expect(followUp.figures[0]).toMatchObject({ label: "政策法规", value: 2, unit: "条" });
    expect(followUp.text).toContain("2条");
  });

  it("serves a WeChat retry that reaches B with the reply A computed", async () => {
    // One signed push sent to both instances, as WeChat's retry reaches whichever it reaches.
    const q = signedQuery(TOKEN, "o-shared");
    const body = textXml("o-shared", "凉州区科技局2021年公开了多少条信息", "7000000000000000001");
    const post = async (instance: Instance) => {
      const response = await fetch(`${instance.url}/wechat?${q}`, { method: "POST", headers: { "content-type": "text/xml" }, body });
      expect(response.status).toBe(200);
      return parseWechatXml(await response.text()).Content;
    };
    const fromA = await post(a);
    expect(fromA).toContain("主动公开政府信息 13条");
    expect(await post(b)).toBe(fromA);
    // The child writes its log line beside the response: it may reach this process just after.
    await eventually(() => b.log().includes("wechat retry served from another instance's reply"));
  });

  it("sends a reminder once when both run the check", async () => {
    const fake = await startFakeBotApi();
    try {
      const reminders = createReminders({
        db: store.db,
        source: createReportSource(store.db),
        notifiers: {},
        clock: () => new Date(),
        log: { info: () => undefined, warn: () => undefined, error: () => undefined },
      });
      for (let id = 1; id <= 20; id++) await reminders.subscribe(`tg:${3000 + id}`, { kind: "departments", follows: [] });
      const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: database.url, TELEGRAM_BOT_TOKEN: "123:abc", TELEGRAM_API_ROOT: fake.url };
      const run = () => promisify(execFile)(TSX, ["src/cli/reminders.ts", "--now", "2027-01-24"], { cwd: ROOT, env });
      await Promise.all([run(), run()]);
      expect(fake.sent("sendMessage")).toHaveLength(20);
      expect(new Set(fake.sent("sendMessage").map((call) => String(call.payload.chat_id))).size).toBe(20);
      expect(await sendLogCounts(store.db)).toEqual({ sent: 20 });
    } finally {
      await fake.close();
    }
  }, 60_000);

  it("answers on both from a file another process loaded, each rebuilding its catalogue", async () => {
    const question = "萧山区应急管理局2022年主动公开了多少条政府信息";
    expect((await ask(b, "reload-b", question)).status).not.toBe("answered");
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: database.url };
    const file = path.join(ROOT, "test/fixtures/heldout-2/xiaoshan-emergency-2022.html");
    await promisify(execFile)(TSX, ["src/cli/ingest.ts", "--keep-missing", file], { cwd: ROOT, env });
    for (const [chat, instance] of [["reload-a", a], ["reload-b2", b]] as const) {
      // The question that notices the new version is still answered from the previous index while
      // the new one builds (a reload never stalls questions): the next ones see the file.
      let answer = await ask(instance, chat, question);
      for (let tries = 0; answer.status !== "answered" && tries < 50; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        answer = await ask(instance, chat, question);
      }
      expect([answer.status, answer.agency, answer.figures[0]?.value]).toEqual(["answered", "杭州市萧山区应急管理局", 386]);
    }
  }, 60_000);

  it("answers on B with A stopped, and neither wrote a SQLite file", async () => {
    expect(await stop(a)).toBe(0);
    const answer = await ask(b, "after-a", "凉州区科技局2021年公开了多少条信息");
    expect([answer.status, answer.figures[0]?.value]).toEqual(["answered", 13]);
    expect(await stop(b)).toBe(0);
    for (const instance of [a, b]) await expect(stat(instance.databasePath)).rejects.toThrow("ENOENT");
  }, 30_000);
});
