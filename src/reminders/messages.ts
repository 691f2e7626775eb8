/**
 * The plain-text messages of the reminders feature, shared by Telegram and WeChat: deadline
 * reminders, the coming deadlines, who has not filed, and new-report notices. Every figure shown
 * carries its quote from the report.
 */
import type { ReportDetail } from "../answers/report-source.ts";
import { dayOff, type DeadlineCalendar, type DeadlineOccurrence } from "./deadline-calendar.ts";
import type { MissingReports } from "./missing-reports.ts";
import { daysBetween, weekday, type IsoDate } from "./shanghai-time.ts";

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
/** Names listed in one message before the rest are counted. */
const LIST_LIMIT = 30;
const QUOTE_LIMIT = 200;
/** Longest reminder text: under Telegram's 4096 characters a message. */
const MESSAGE_LIMIT = 4000;
const TRUNCATED = "……（内容过长，其余从略。）";

/** Headline metrics a new-report notice shows, in order. */
const HEADLINE_METRICS: ReadonlyArray<{ metric: string; label: string }> = [
  { metric: "proactive.total", label: "主动公开政府信息" },
  { metric: "applications.new.total", label: "新收政府信息公开申请" },
];

/** `2027年1月31日（星期日）` */
export function chineseDate(date: IsoDate): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${year}年${month}月${day}日（${WEEKDAYS[weekday(date)]}）`;
}

const NOT_MOVED = "截止日期仍按条例规定，不顺延。";

/** Says when a deadline falls on a day off; where the year's holiday arrangement is not on file, says that instead of guessing. */
function dayOffNote(calendar: DeadlineCalendar, date: IsoDate): string | null {
  const off = dayOff(calendar, date);
  if (off === null) return null;
  if (off.kind === "weekend") return `该日为周末，${NOT_MOVED}`;
  if (off.kind === "holiday") return `该日为${off.name}假期，${NOT_MOVED}`;
  const missing = `尚未收录${off.year}年节假日安排`;
  return off.weekend ? `该日为周末（${missing}，未能核对是否调休上班），${NOT_MOVED}` : `${missing}，未能核对该日是否放假；${NOT_MOVED}`;
}

function daysLeftPhrase(daysLeft: number): string {
  return daysLeft === 0 ? "今天截止" : `还有${daysLeft}天`;
}

export function deadlineReminderText(calendar: DeadlineCalendar, occurrence: DeadlineOccurrence, today: IsoDate): string {
  const { rule, reportYear, due } = occurrence;
  const lines = [
    `【年报提醒】${rule.name}（${reportYear}年度）`,
    `截止日期：${chineseDate(due)}，${daysLeftPhrase(daysBetween(today, due))}。`,
  ];
  const note = dayOffNote(calendar, due);
  if (note) lines.push(note);
  lines.push(`依据：${rule.basis}：“${rule.wording}”`);
  return lines.join("\n");
}

function dueNote(due: IsoDate | null, asOf: IsoDate): string {
  if (due === null) return "";
  const daysLeft = daysBetween(asOf, due);
  return `；应于${chineseDate(due)}前公布，${daysLeft < 0 ? "已过截止日期" : daysLeftPhrase(daysLeft)}`;
}

/** Up to `limit` agencies of a listing, one a line, then how many more there are. */
function missingLines(result: MissingReports, limit: number): string[] {
  const shown = result.missing.slice(0, limit).map((entry) => {
    const last = entry.filedYears[entry.filedYears.length - 1];
    return `· ${entry.agency}（已有${last}年度报告${dueNote(entry.due, result.asOf)}）`;
  });
  const rest = result.missing.length - shown.length;
  return rest > 0 ? [...shown, `……另有${rest}家`] : shown;
}

const CAVEAT = "（以本资料库收录为准；未收录不等于未公布。）";

function listingLines(result: MissingReports, limit: number): string[] {
  const where = result.place ?? "全部机构";
  if (result.missing.length === 0 && result.filed.length === 0) {
    return [`资料库里没有“${where}”往年的年度报告，无法判断${result.reportYear}年度报告是否已公布。`];
  }
  const head = `${where}：${result.reportYear}年度报告，资料库中已有${result.filed.length}家，往年有报告而本年度尚未收录${result.missing.length}家。`;
  return [head, ...missingLines(result, limit)];
}

/** The answer to `/missing`: who filed for earlier years but has no report for the year asked about. */
export function missingReportsText(result: MissingReports): string {
  const lines = listingLines(result, LIST_LIMIT);
  return (result.missing.length > 0 ? [...lines, CAVEAT] : lines).join("\n");
}

/**
 * The notice after a deadline: who has not filed, for the places the chat follows (or everywhere).
 * The places share one list budget, and the text stays within one message.
 */
export function afterDeadlineText(occurrence: DeadlineOccurrence, results: readonly MissingReports[]): string {
  const lines = [`【年报期限已过】${occurrence.rule.name}（${occurrence.reportYear}年度）已于${chineseDate(occurrence.due)}截止。`];
  let budget = LIST_LIMIT;
  for (const result of results) {
    lines.push(...listingLines(result, budget));
    budget = Math.max(0, budget - result.missing.length);
  }
  if (results.some((result) => result.missing.length > 0)) lines.push(CAVEAT);
  return fitMessage(lines);
}

/** Joins lines, dropping the last ones (with a note) when the text would pass MESSAGE_LIMIT. */
function fitMessage(lines: readonly string[]): string {
  const text = lines.join("\n");
  if (text.length <= MESSAGE_LIMIT) return text;
  const kept: string[] = [];
  let length = TRUNCATED.length;
  for (const line of lines) {
    if (length + line.length + 1 > MESSAGE_LIMIT) break;
    kept.push(line);
    length += line.length + 1;
  }
  return [...kept, TRUNCATED].join("\n");
}

function clip(quote: string): string {
  return quote.length > QUOTE_LIMIT ? `${quote.slice(0, QUOTE_LIMIT)}……` : quote;
}

/** The notice that a followed agency's report is now in the corpus, with its headline figures and their quotes. */
export function newReportText(detail: ReportDetail, follow: string): string {
  const { summary } = detail;
  const lines = [
    `【新年报】您关注的“${follow}”：${summary.agency ?? summary.title}${summary.year ?? ""}年度政府信息公开工作年度报告已收录。`,
    `标题：${summary.title}`,
  ];
  for (const { metric, label } of HEADLINE_METRICS) {
    const figure = detail.figures.find((f) => f.metric === metric);
    if (!figure) continue;
    lines.push(`${label}：${figure.approximate ? "约" : ""}${figure.value}${figure.unit}`);
    lines.push(`> ${clip(figure.quote)}`);
  }
  if (summary.url) lines.push(`原文：${summary.url}`);
  return lines.join("\n");
}

export interface UpcomingDeadline {
  occurrence: DeadlineOccurrence;
  daysLeft: number;
}

export function deadlinesText(calendar: DeadlineCalendar, upcoming: readonly UpcomingDeadline[]): string {
  if (upcoming.length === 0) return "没有即将到来的年报截止日期。";
  const lines = ["即将到来的年报截止日期（北京时间）："];
  for (const { occurrence, daysLeft } of upcoming) {
    lines.push(`· ${chineseDate(occurrence.due)} ${occurrence.rule.name}（${occurrence.reportYear}年度），${daysLeftPhrase(daysLeft)}`);
    const note = dayOffNote(calendar, occurrence.due);
    if (note) lines.push(`  ${note}`);
    lines.push(`  依据：${occurrence.rule.basis}`);
  }
  return lines.join("\n");
}
