/**
 * What the admin commands do, over the corpus service and the store: reload the data directory,
 * read the figures for /stats, ingest an uploaded file. New or replaced reports are passed to
 * `onNewReports` (the reminders service tells subscribers following those agencies).
 */
import { createCorpusService, type CorpusService } from "../../corpus/corpus-service.ts";
import { formatIdentityStats, formatIngestSummary } from "../../corpus/ingest-summary.ts";
import type { Store } from "../../store/db.ts";
import { readCounters } from "../../store/counter.repository.ts";
import { readCorpusStats, readIdentityStats } from "../../store/stats.repository.ts";
import type { AdminActions } from "./features/admin.ts";

/** Counter of questions answered on every front. */
export const QUESTIONS_COUNTER = "questions_answered";

export interface AdminActionsDeps {
  store: Store;
  dataDir: string;
  /** Number of chats that have written to the bot. */
  countChats(): Promise<number>;
  /** Number of chats with a reminder subscription. */
  countSubscribers(): Promise<number>;
  onNewReports(reports: Array<{ id: number; agency: string | null; year: number | null }>): void;
  /** The corpus service the server shares (default: one of this store and `dataDir`, parsing inline, telling `onNewReports`). */
  corpus?: CorpusService;
}

export function createAdminActions(deps: AdminActionsDeps): AdminActions {
  const corpus = deps.corpus ?? createCorpusService({ store: deps.store, dataDir: deps.dataDir, onNewReports: deps.onNewReports });
  return {
    async reload() {
      const summary = await corpus.reload();
      return `重新载入完成。\n${formatIngestSummary(summary)}`;
    },
    async stats() {
      const [corpus, identity, counters, chats, subscribers] = await Promise.all([
        readCorpusStats(deps.store.db),
        readIdentityStats(deps.store.db, 20),
        readCounters(deps.store.db),
        deps.countChats(),
        deps.countSubscribers(),
      ]);
      const years = corpus.years.length > 0 ? `${corpus.years[0]}–${corpus.years[corpus.years.length - 1]}（${corpus.years.length} 个年份）` : "无";
      return [
        `年报：${corpus.reports} 份`,
        `机构：${corpus.agencies} 个`,
        `年份：${years}`,
        `数字：${corpus.figures} 个`,
        `勾稽提示：${corpus.warnings} 条`,
        `文件：${corpus.files} 个（失败 ${corpus.failedFiles}）`,
        `对话：${chats} 个`,
        `订阅：${subscribers} 个`,
        `已回答问题：${counters[QUESTIONS_COUNTER] ?? 0} 个`,
        ...formatIdentityStats(identity),
      ].join("\n");
    },
    async upload(name, bytes) {
      const result = await corpus.upload(name, bytes);
      if (result.status === "rejected") return `未能载入：${result.reason}`;
      const reports = result.reports.map((r) => `· ${r.agencyNormalized ?? r.agency ?? r.title}${r.year ? ` ${r.year}年` : ""}`);
      return [`已载入 ${name}：`, ...reports, "", formatIngestSummary(result.summary)].join("\n");
    },
  };
}
