/**
 * `npm run eval -- [--db PATH] [--now YYYY-MM-DD] <questions.jsonl>`: runs an evaluation question
 * file against the store (default `var/nianbao.sqlite`; it ingests nothing), prints each miss with
 * why, then the score per kind and overall. `--now` fixes the date 去年/今年 are read against, so a
 * file with relative years scores the same on any day. Exits 0 whatever the score.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createAnswerEngine } from "../answers/create-answer-engine.ts";
import { readEvalQuestions } from "../answers/eval/eval-question.ts";
import { runEval } from "../answers/eval/run-eval.ts";
import { createMemoryChatStateStore } from "../answers/memory-chat-state.ts";
import { openDatabase } from "../store/db.ts";
import { createReportSource } from "../store/report-source.ts";

const KIND_ORDER = ["figure", "text", "absent", "followup", "overall"];
const USAGE = "usage: npm run eval -- [--db PATH] [--now YYYY-MM-DD] <questions.jsonl>";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { db: { type: "string", default: "var/nianbao.sqlite" }, now: { type: "string" } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const now = values.now ? new Date(`${values.now}T12:00:00`) : null;
  if (now && Number.isNaN(now.getTime())) {
    console.error(`${USAGE}\n--now must be YYYY-MM-DD, got ${values.now}`);
    return 2;
  }
  const questions = readEvalQuestions(await readFile(file, "utf8"));
  const store = await openDatabase(values.db);
  try {
    const engine = createAnswerEngine({
      source: createReportSource(store.db),
      chats: createMemoryChatStateStore(),
      now: () => now ?? new Date(),
    });
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
