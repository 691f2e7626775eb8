/**
 * `npm run eval -- [--db PATH] [--now YYYY-MM-DD] <questions.jsonl>`: runs an evaluation question
 * file against the store (default `var/nianbao.sqlite`, or PostgreSQL with `--database-url` or
 * `DATABASE_URL`; it ingests nothing), prints each miss with
 * why, then the score per kind and overall. `--now` fixes the date 去年/今年 are read against, so a
 * file with relative years scores the same on any day. Exits 0 whatever the score.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { readEvalQuestions } from "./eval/eval-question.ts";
import { runEval } from "./eval/run-eval.ts";
import { clockOfNowOption, createCliEngine } from "./cli-engine.ts";
import { cliStoreTarget, openCliStore, STORE_OPTIONS } from "./cli-store.ts";

const KIND_ORDER = ["figure", "text", "absent", "followup", "overall"];
const USAGE = "usage: npm run eval -- [--db PATH | --database-url URL] [--now YYYY-MM-DD] <questions.jsonl>";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...STORE_OPTIONS, now: { type: "string" } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const now = clockOfNowOption(values.now);
  if ("error" in now) {
    console.error(`${USAGE}\n${now.error}`);
    return 2;
  }
  const questions = readEvalQuestions(await readFile(file, "utf8"));
  const store = await openCliStore(cliStoreTarget(values, process.env, "var/nianbao.sqlite"));
  try {
    const engine = createCliEngine(store, now.clock);
    const summary = await runEval(engine, questions);
    for (const r of summary.results.filter((x) => !x.score.ok)) {
      console.log(`MISS ${r.question.id} [${r.question.kind}] ${r.question.question}`);
      for (const why of r.score.reasons) console.log(`  - ${why}`);
      console.log(`  answer (${r.answer.status}): ${r.answer.text.split("\n")[0]}`);
    }
    for (const kind of KIND_ORDER.filter((k) => k in summary.byKind)) {
      const { correct, total } = summary.byKind[kind]!;
      console.log(`${kind}: ${correct}/${total} (${((100 * correct) / Math.max(total, 1)).toFixed(1)}%)`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
