/**
 * The answer tests' engine: a corpus (default: the seeds) ingested into a fresh temp SQLite file,
 * with a clock fixed at `now`.
 */
import { openSeededEngine, SEED_DIR, type SeededEngine } from "../support/seeded-engine.ts";

export type { SeededEngine };
export const SEEDS = SEED_DIR;

export function seededEngine(now = new Date("2022-06-01T12:00:00"), corpus = SEEDS): Promise<SeededEngine> {
  return openSeededEngine({ now: () => now, corpus });
}
