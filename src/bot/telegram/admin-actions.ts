/**
 * What the admin commands do, all through the corpus service: reload the data directory, read
 * the figures for /stats, ingest an uploaded file, each put in words for the admin.
 */
import type { CorpusService } from "../../corpus/corpus-service.ts";
import { formatIdentityStats, formatIngestSummary } from "../../corpus/ingest-summary.ts";
import type { AdminActions } from "./features/admin.ts";

/** Counter of questions answered on every front. */
export const QUESTIONS_COUNTER = "questions_answered";

export interface AdminActionsDeps {
  /** The corpus service every front shares; it tells the reminders of new reports. */
  corpus: CorpusService;
  /** Number of chats that have written to the bot. */
  countChats(): Promise<number>;
  /** Number of chats with a reminder subscription. */
  countSubscribers(): Promise<number>;
}

export function createAdminActions(deps: AdminActionsDeps): AdminActions {
  const { corpus } = deps;
  return {
    async reload() {
      const summary = await corpus.reload();
      return `重新载入完成。\n${formatIngestSummary(summary)}`;
    },
    async stats() {
      const [{ corpus: held, identity, counters }, chats, subscribers] = await Promise.all([
        corpus.stats(),
        deps.countChats(),
        deps.countSubscribers(),
      ]);
      const years = held.years.length > 0 ? `${held.years[0]}–${held.years[held.years.length - 1]}（${held.years.length} 个年份）` : "无";
      return [
        `年报：${held.reports} 份`,
        `机构：${held.agencies} 个`,
        `年份：${years}`,
        `数字：${held.figures} 个`,
        `勾稽提示：${held.warnings} 条`,
        `文件：${held.files} 个（失败 ${held.failedFiles}）`,
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
