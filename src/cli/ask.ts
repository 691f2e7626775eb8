/**
 * `npm run --silent ask -- [--db PATH] [--json] [--explain] [--now YYYY-MM-DD] ["question"]`: answers one
 * question, or without one reads stdin one question a line, all in one chat so follow-ups work.
 * A line may be `{"chat": "...", "question": "..."}`: each chat id is a separate chat. `--json`
 * prints one JSON object per answer, one a line. Chats live in memory for this run only. The
 * database defaults to `var/nianbao.sqlite`, or PostgreSQL with `--database-url` or
 * `DATABASE_URL` (see `cli-store.ts`); `--now` fixes the date 去年/今年 are read against;
 * `--explain` adds why the agency and the figure won (the clues weighed, with their weights).
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { answerJson } from "../http/answer-json.ts";
import type { Answer } from "../answers/answer.ts";
import { clockOfNowOption, createCliEngine } from "./cli-engine.ts";
import { cliStoreTarget, openCliStore, STORE_OPTIONS } from "./cli-store.ts";

const USAGE = 'usage: npm run --silent ask -- [--db PATH | --database-url URL] [--json] [--explain] [--now YYYY-MM-DD] ["question"]';
const DEFAULT_CHAT = "cli:default";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...STORE_OPTIONS,
      json: { type: "boolean", default: false },
      explain: { type: "boolean", default: false },
      now: { type: "string" },
    },
    allowPositionals: true,
  });
  const now = clockOfNowOption(values.now);
  if ("error" in now) {
    console.error(`${USAGE}\n${now.error}`);
    return 2;
  }
  const store = await openCliStore(cliStoreTarget(values, process.env, "var/nianbao.sqlite"));
  try {
    const engine = createCliEngine(store, now.clock);
    const print = (a: Answer): void => {
      const why = values.explain ? (a.explain ?? []) : [];
      if (values.json) console.log(JSON.stringify(why.length > 0 ? { ...answerJson(a), explain: why } : answerJson(a)));
      else console.log(`${a.text}\n${why.map((line) => `  · ${line}\n`).join("")}`);
    };
    if (positionals.length > 0) {
      print(await engine.ask(DEFAULT_CHAT, positionals.join(" ")));
      return 0;
    }
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      const asked = readLine(line);
      if (asked) print(await engine.ask(asked.chat, asked.question));
    }
    return 0;
  } finally {
    await store.close();
  }
}

function readLine(line: string): { chat: string; question: string } | null {
  const trimmed = line.trim();
  if (trimmed.length === 0) return null;
  if (trimmed.startsWith("{")) {
    try {
      const parsed = JSON.parse(trimmed) as { chat?: unknown; question?: unknown };
      if (typeof parsed.question === "string") {
        return { chat: typeof parsed.chat === "string" ? `cli:${parsed.chat}` : DEFAULT_CHAT, question: parsed.question };
      }
    } catch {
      // Not JSON after all: a question that happens to start with a brace.
    }
  }
  return { chat: DEFAULT_CHAT, question: trimmed };
}

process.exitCode = await main(process.argv.slice(2));
