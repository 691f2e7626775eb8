/** Shared set-up of the reminders tests: reports seeded into a store, a bot on the fake Bot API, a recording log. */
import { autoRetry, Bot } from "../../src/bot/telegram/grammy.ts";
import type { ParsedReport } from "../../src/domain/report.ts";
import type { ReminderLog } from "../../src/reminders/reminders.ts";
import type { Store } from "../../src/store/db.ts";
import { replaceReports, type WrittenReport } from "../../src/store/report-writer.ts";
import { saveSourceFile } from "../../src/store/source-file.repository.ts";
import { BOT_INFO } from "../support/telegram-updates.ts";

export interface SeedReport {
  agency: string;
  year: number;
  province?: string;
  city?: string;
  county?: string;
  township?: string;
  /** Default: county when a county is given, else city. */
  level?: ParsedReport["level"];
  figures?: Array<{ metric: string; value: number; unit: string; quote: string }>;
}

/** Stores each seed as the one report of its own source file, the way ingest would. */
export async function seedReports(store: Store, seeds: readonly SeedReport[]): Promise<WrittenReport[]> {
  const written: WrittenReport[] = [];
  for (const seed of seeds) {
    const title = `${seed.agency}${seed.year}年政府信息公开工作年度报告`;
    const quotes = (seed.figures ?? []).map((f) => f.quote);
    const original = [title, ...quotes].join("\n");
    const report: ParsedReport = {
      pieceIndex: 0,
      title,
      agency: seed.agency,
      agencyNormalized: seed.agency,
      region: { province: seed.province ?? null, city: seed.city ?? null, county: seed.county ?? null, township: seed.township ?? null },
      level: seed.level ?? (seed.county ? "county" : "city"),
      year: seed.year,
      published: null,
      indexNumber: null,
      format: "template2021",
      anonymized: false,
      identity: { placeCode: null, confidence: 1, evidence: [] },
      start: 0,
      end: original.length,
      sections: [{ index: 0, kind: "preamble", heading: "", start: 0, end: original.length }],
      passages: [],
      figures: (seed.figures ?? []).map((f, i) => {
        const start = original.indexOf(f.quote);
        return {
          key: `f${i}`,
          metric: f.metric,
          label: f.metric,
          value: f.value,
          unit: f.unit,
          approximate: false,
          quote: f.quote,
          start,
          end: start + f.quote.length,
          sectionIndex: 0,
          parentKey: null,
        };
      }),
      warnings: [],
    };
    written.push(
      ...(await store.db.transaction().execute(async (trx) => {
        const fileId = await saveSourceFile(trx, {
          path: `/corpus/${seed.agency}-${seed.year}.txt`,
          name: `${seed.agency}-${seed.year}.txt`,
          contentHash: `${seed.agency}-${seed.year}`,
          url: null,
          encoding: "utf-8",
          originalText: original,
          ingestedAt: "2026-11-23T00:00:00.000Z",
        });
        return replaceReports(trx, fileId, [report]);
      })),
    );
  }
  return written;
}

/** A bot on the fake Bot API, with auto-retry installed as the real bot has it. */
export function testBot(apiRoot: string): Bot {
  const bot = new Bot("test", { client: { apiRoot }, botInfo: BOT_INFO });
  bot.api.config.use(autoRetry({ maxDelaySeconds: 2, maxRetryAttempts: 3 }));
  return bot;
}

export interface RecordingLog extends ReminderLog {
  entries: Array<{ level: "info" | "warn" | "error"; message: string; fields: object }>;
}

export function recordingLog(): RecordingLog {
  const entries: RecordingLog["entries"] = [];
  return {
    entries,
    info: (fields, message) => entries.push({ level: "info", message, fields }),
    warn: (fields, message) => entries.push({ level: "warn", message, fields }),
    error: (fields, message) => entries.push({ level: "error", message, fields }),
  };
}

/** 09:00 in Shanghai on a date (01:00 UTC). */
export function shanghaiNine(date: string): Date {
  return new Date(`${date}T09:00:00+08:00`);
}
