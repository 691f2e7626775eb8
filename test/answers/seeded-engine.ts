/**
 * The answer tests' engine: a corpus (default: the seeds) ingested into a fresh temp SQLite file,
 * with a clock fixed at `now`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Answer } from "../../src/answers/answer.ts";
import { openSeededEngine, SEED_DIR, type SeededEngine } from "../support/seeded-engine.ts";

export type { SeededEngine };
export const SEEDS = SEED_DIR;

export function seededEngine(now = new Date("2022-06-01T12:00:00"), corpus = SEEDS): Promise<SeededEngine> {
  return openSeededEngine({ now: () => now, corpus });
}

/**
 * An engine over `corpus` at `now` for the enclosing `describe` block (opened before its tests,
 * closed after), as the function that asks it.
 */
export function askingOver(corpus: string, now: Date): (chat: string, question: string) => Promise<Answer> {
  let seeded: SeededEngine;
  beforeAll(async () => {
    seeded = await seededEngine(now, corpus);
  });
  afterAll(() => seeded.close());
  return (chat, question) => seeded.engine.ask(chat, question);
}

/**
 * An engine over made-up pages (file name → text), written to a temp folder for the enclosing
 * `describe` block and removed after it, at `now`, as the function that asks it.
 */
export function askingOverPages(pages: Record<string, string>, now: Date): (chat: string, question: string) => Promise<Answer> {
  const corpus = mkdtempSync(path.join(tmpdir(), "nianbao-pages-"));
  for (const [name, text] of Object.entries(pages)) writeFileSync(path.join(corpus, name), text);
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));
  return askingOver(corpus, now);
}
