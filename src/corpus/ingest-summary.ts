/** What a load did, as a value for callers and as plain text for the CLI and the admin /reload reply. */
import path from "node:path";
import type { IdentityStats } from "../store/stats.repository.ts";

export interface IngestSummary {
  /** Report files found under the given paths. */
  files: number;
  /** Bytes of the files read and parsed (new or changed); unchanged files are not read. */
  bytesParsed: number;
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
  /** Table rows left unread: their digits were glued together and split more than one way. */
  unreadRows: number;
  /** Files with the most consistency warnings in the store (at most five, most first). */
  worst: Array<{ path: string; warnings: number }>;
  /** How the stored reports got their agency, and those still without agency or year. */
  identity: IdentityStats;
  /** Reports new or replaced by this load, so subscribers following an agency can be told. */
  addedReports: Array<{ id: number; agency: string | null; year: number | null }>;
}

/** How each clue that can name a report's agency is called in the summary. */
const CLUE_NAMES: Record<string, string> = {
  publisher: "发布机构",
  title: "标题",
  heading: "标题上方的名称",
  announced: "发布声明",
  compiled_by: "编制单位",
  signature: "落款",
  source_field: "来源栏",
  subject: "正文主语",
  contact: "联系方式",
  address: "地址",
  self_reference: "自称",
  translated: "英文译名",
  field: "自称与职能用语",
  account: "自有账号",
  aggregate: "下属单位汇总",
  mention: "正文提及",
  sidecar: "附带的 meta.json",
  none: "未识别",
};

/** The summary as lines of text; with `seconds`, the time the load took and how fast it read. */
export function formatIngestSummary(summary: IngestSummary, seconds?: number): string {
  const lines = [
    `文件：${summary.files} 个（新增 ${summary.added}，更新 ${summary.changed}，未变 ${summary.unchanged}，移除 ${summary.removed}，失败 ${summary.failed.length}）`,
    `年报：${summary.reports} 份，数字：${summary.figures} 个，勾稽提示：${summary.warnings} 条`,
  ];
  if (seconds !== undefined) lines.push(loadSpeed(summary.bytesParsed, seconds));
  if (summary.unreadRows > 0) lines.push(`表格行数字连在一起、拆分不唯一而未读取：${summary.unreadRows} 行（见各年报的勾稽提示）`);
  if (summary.failed.length > 0) {
    lines.push("未能载入：");
    for (const f of summary.failed) {
      const name = path.basename(f.path);
      // A reason that names its file (a scanned PDF's) is not prefixed with the name again.
      lines.push(f.reason.startsWith(name) ? `- ${f.reason}` : `- ${name}：${f.reason}`);
    }
  }
  lines.push(...formatIdentityStats(summary.identity));
  if (summary.worst.length > 0) {
    lines.push("勾稽提示最多的文件：");
    for (const w of summary.worst) lines.push(`- ${path.basename(w.path)}：${w.warnings} 条`);
  }
  return lines.join("\n");
}

function loadSpeed(bytes: number, seconds: number): string {
  const mb = bytes / 1e6;
  const rate = seconds > 0 ? `，${(mb / seconds).toFixed(1)} MB/s` : "";
  return `读入 ${mb.toFixed(1)} MB，用时 ${seconds.toFixed(2)} 秒${rate}`;
}

/** How the stored reports got their agency, and those still without agency or year, as lines. */
export function formatIdentityStats(identity: IdentityStats): string[] {
  const lines: string[] = [];
  const sources = Object.entries(identity.bySource).sort((a, b) => b[1] - a[1]);
  if (sources.length > 0) lines.push(`机构名称来源：${sources.map(([s, n]) => `${CLUE_NAMES[s] ?? s} ${n}`).join("，")}`);
  if (identity.unknownTotal > 0) {
    lines.push(`未识别机构或年份：${identity.unknownTotal} 份（可用 <文件>.meta.json 的 agency、year 指定）`);
    for (const u of identity.unknown) lines.push(`- ${path.basename(u.path)}#${u.pieceIndex}：${u.reason}`);
  }
  return lines;
}
