/**
 * The plain-text messages of the reminders feature, shared by Telegram and WeChat. Every figure
 * shown carries its quote from the report.
 */
import type { ReportDetail } from "../answers/report-source.ts";
import { dayOff, type DeadlineCalendar, type DeadlineOccurrence } from "./deadline-calendar.ts";
import type { MissingReports } from "./missing-reports.ts";
import { daysBetween, weekday, type IsoDate } from "./shanghai-time.ts";
import type { Subscription } from "./subscription.ts";

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
/** Names listed in one message before the rest are counted. */
const LIST_LIMIT = 30;
const QUOTE_LIMIT = 200;

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

function dayOffNote(calendar: DeadlineCalendar, date: IsoDate): string | null {
  const off = dayOff(calendar, date);
  if (off === null) return null;
  const what = off.kind === "weekend" ? "周末" : `${off.name}假期`;
  return `该日为${what}，截止日期仍按条例规定，不顺延。`;
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

function missingLines(result: MissingReports): string[] {
  const shown = result.missing.slice(0, LIST_LIMIT).map((entry) => {
    const last = entry.filedYears[entry.filedYears.length - 1];
    const due = entry.due ? `，应于${chineseDate(entry.due)}前公布` : "";
    return `· ${entry.agency}（已有${last}年度报告${due}）`;
  });
  const rest = result.missing.length - shown.length;
  return rest > 0 ? [...shown, `……另有${rest}家`] : shown;
}

/** The answer to `/missing`: who filed for earlier years but has no report for the year asked about. */
export function missingReportsText(result: MissingReports): string {
  const where = result.place ?? "全部机关";
  if (result.missing.length === 0 && result.filed.length === 0) {
    return `资料库里没有“${where}”往年的年度报告，无法判断${result.reportYear}年度报告是否已公布。`;
  }
  const head = `${where}：${result.reportYear}年度报告，资料库中已有${result.filed.length}家，往年有报告而本年度尚未收录${result.missing.length}家。`;
  if (result.missing.length === 0) return head;
  return [head, ...missingLines(result), "（以本资料库收录为准；未收录不等于未公布。）"].join("\n");
}

/** The notice after a deadline: who has not filed, for the places the chat follows (or everywhere). */
export function afterDeadlineText(occurrence: DeadlineOccurrence, results: readonly MissingReports[]): string {
  const lines = [`【年报期限已过】${occurrence.rule.name}（${occurrence.reportYear}年度）已于${chineseDate(occurrence.due)}截止。`];
  for (const result of results) lines.push(missingReportsText(result));
  return lines.join("\n");
}

function clip(quote: string): string {
  return quote.length > QUOTE_LIMIT ? `${quote.slice(0, QUOTE_LIMIT)}……` : quote;
}

/** The notice that a followed agency's report is now in the corpus, with its headline figures and their quotes. */
export function newReportText(detail: ReportDetail, follow: string): string {
  const { summary } = detail;
  const lines = [
    `【新年报】你关注的“${follow}”：${summary.agency ?? summary.title}${summary.year ?? ""}年度政府信息公开工作年度报告已收录。`,
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

function filterLines(subscription: Subscription): string[] {
  const kind =
    subscription.kind === "departments" ? "部门年报（1月31日）" : subscription.kind === "governments" ? "政府年报（3月31日）" : "部门和政府年报";
  const lines = [`提醒：${kind}`];
  if (subscription.follows.length > 0) lines.push(`关注：${subscription.follows.join("、")}（新年报收录时通知）`);
  return lines;
}

/** `pushWindowHours` is set for a channel that can only push shortly after the user last wrote (WeChat). */
export function subscribedText(subscription: Subscription, created: boolean, pushWindowHours: number | null): string {
  const lines = [created ? "已订阅年报提醒。" : "已更新订阅。", ...filterLines(subscription)];
  lines.push("提前30天、7天、1天和当天提醒；截止后告诉你哪些机关尚未公布。退订请发“退订”或 /unsubscribe。");
  if (pushWindowHours !== null) {
    lines.push(`注意：公众号只能在你最近一次发消息后的${pushWindowHours}小时内给你推送；超出时提醒无法送达。期限临近时请发条消息给我们。`);
  }
  return lines.join("\n");
}

export function subscriptionsText(subscription: Subscription | null): string {
  if (subscription === null) return "你还没有订阅年报提醒。发送 /subscribe（或“订阅”）即可订阅，可加“部门”“政府”或地区、机关名。";
  return ["你的订阅：", ...filterLines(subscription)].join("\n");
}

export function unsubscribedText(removed: boolean): string {
  return removed ? "已退订年报提醒。" : "你没有订阅年报提醒。";
}

export function unfollowedText(subscription: Subscription | null): string {
  if (subscription === null) return "你还没有订阅年报提醒。";
  return ["已取消这些关注。", ...filterLines(subscription)].join("\n");
}
