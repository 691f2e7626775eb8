/** What a load did, as a value for callers and as plain text for the CLI and the admin /reload reply. */
import path from "node:path";
import type { IdentityStats } from "../store/stats.repository.ts";

export interface IngestSummary {
  /** Report files found under the given paths. */
  files: number;
  unchanged: number;
  added: number;
  changed: number;
  removed: number;
  /** Files that could not be read or parsed, with the reason; their previous version (if any) stays. */
  failed: Array<{ path: string; reason: string }>;
  /** Totals the store holds after the load. */
  reports: number;
  figures: number;
  warnings: number;
  /** Files with the most consistency warnings in the store (at most five, most first). */
  worst: Array<{ path: string; warnings: number }>;
  /** How the stored reports got their agency, and those still without agency or year. */
  identity: IdentityStats;
  /** Reports new or replaced by this load, so subscribers following an agency can be told. */
  addedReports: Array<{ id: number; agency: string | null; year: number | null }>;
}

export function formatIngestSummary(summary: IngestSummary): string {
  const lines = [
    `文件 files: ${summary.files}（新增 added ${summary.added}，更新 changed ${summary.changed}，` +
      `未变 unchanged ${summary.unchanged}，移除 removed ${summary.removed}，失败 failed ${summary.failed.length}）`,
    `报告 reports: ${summary.reports}，数字 figures: ${summary.figures}，勾稽提示 warnings: ${summary.warnings}`,
  ];
  if (summary.failed.length > 0) {
    lines.push("未能载入 not loaded:");
    for (const f of summary.failed) {
      const name = path.basename(f.path);
      // A reason that names its file (a scanned PDF's) is not prefixed with the name again.
      lines.push(f.reason.startsWith(name) ? `- ${f.reason}` : `- ${name}: ${f.reason}`);
    }
  }
  lines.push(...formatIdentityStats(summary.identity));
  if (summary.worst.length > 0) {
    lines.push("提示最多的文件 most warnings:");
    for (const w of summary.worst) lines.push(`- ${path.basename(w.path)}: ${w.warnings}`);
  }
  return lines.join("\n");
}

/** How the stored reports got their agency, and those still without agency or year, as lines. */
export function formatIdentityStats(identity: IdentityStats): string[] {
  const lines: string[] = [];
  const sources = Object.entries(identity.bySource).sort((a, b) => b[1] - a[1]);
  if (sources.length > 0) lines.push(`机构来源 agency from: ${sources.map(([s, n]) => `${s} ${n}`).join("，")}`);
  if (identity.unknownTotal > 0) {
    lines.push(`未识别 unidentified: ${identity.unknownTotal}（可用 <文件>.meta.json 的 agency、year 指定）`);
    for (const u of identity.unknown) lines.push(`- ${path.basename(u.path)}#${u.pieceIndex}: ${u.reason}`);
  }
  return lines;
}
