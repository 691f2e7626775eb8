/**
 * The plain-text messages of the reminders feature, shared by Telegram and WeChat: deadline
 * reminders, the coming deadlines and who has not filed.
 */
import { unsubscribeHint, type CommandWords } from "./command-words.ts";
import { dayOff, type DeadlineCalendar, type DeadlineOccurrence } from "./deadline-calendar.ts";
import { RECENT_YEARS, type MissingReports } from "./missing-reports.ts";
import { daysBetween, weekday, type IsoDate } from "./shanghai-time.ts";

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
/** Names listed in one message before the rest are counted. */
const LIST_LIMIT = 30;
/** Longest reminder text: under Telegram's 4096 characters a message. */
const MESSAGE_LIMIT = 4000;
const TRUNCATED = "……（内容过长，其余从略。）";

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

/** The followed agencies of one entry and which filed for a report year. */
export interface FollowStatus {
  label: string;
  filed: string[];
  notFiled: string[];
}

/** Names shown for each side of a followed place's status before the rest are counted. */
const STATUS_NAMES = 10;

function namesPhrase(names: readonly string[]): string {
  const shown = names.slice(0, STATUS_NAMES).join("、");
  return names.length > STATUS_NAMES ? `${shown}等${names.length}家` : shown;
}

/** One line per followed agency or place: which of its agencies have filed for the year and which not. */
function statusLine(status: FollowStatus, reportYear: number): string {
  const { label, filed, notFiled } = status;
  if (filed.length + notFiled.length === 0) return `· ${label}：资料库中没有受该期限约束的机构。`;
  if (filed.length + notFiled.length === 1) {
    const [only] = [...filed, ...notFiled];
    const done = filed.length === 1 ? `已收录${reportYear}年度报告` : `尚未收录${reportYear}年度报告`;
    return `· ${only === label ? label : `${label}（${only}）`}：${done}。`;
  }
  const parts: string[] = [];
  if (filed.length > 0) parts.push(`已收录${filed.length}家（${namesPhrase(filed)}）`);
  if (notFiled.length > 0) parts.push(`尚未收录${notFiled.length}家（${namesPhrase(notFiled)}）`);
  return `· ${label}：${parts.join("，")}。`;
}

/**
 * The reminder before a deadline, for one subscriber: the deadline and its basis once, where the
 * agencies the subscriber follows stand (empty `statuses`: the subscriber follows every agency),
 * and how to unsubscribe.
 */
export function deadlineReminderText(
  calendar: DeadlineCalendar,
  occurrence: DeadlineOccurrence,
  today: IsoDate,
  statuses: readonly FollowStatus[],
  words: CommandWords,
): string {
  const { rule, reportYear, due } = occurrence;
  const lines = [
    `【年报提醒】${rule.name}（${reportYear}年度）`,
    `截止日期：${chineseDate(due)}，${daysLeftPhrase(daysBetween(today, due))}。`,
  ];
  const note = dayOffNote(calendar, due);
  if (note) lines.push(note);
  lines.push(`依据：${rule.basis}：“${rule.wording}”`);
  if (statuses.length > 0) {
    lines.push(`您关注的机构（以本资料库收录为准）：`);
    for (const status of statuses) lines.push(statusLine(status, reportYear));
  }
  lines.push(unsubscribeHint(words));
  return fitMessage(lines);
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
  if (result.missing.length === 0 && result.filed.length === 0 && result.notExpected === 0) {
    return [`资料库里没有“${where}”受该期限约束的机构往年的年度报告，无法判断${result.reportYear}年度报告是否已公布。`];
  }
  const [only] = result.missing;
  // One agency asked about by name: its own standing, not a count of one.
  if (result.filed.length === 0 && result.missing.length === 1 && only!.agency === result.place) {
    return [`${where}：尚未收录${result.reportYear}年度报告（已有${only!.filedYears.at(-1)}年度报告${dueNote(only!.due, result.asOf)}）。`];
  }
  if (result.missing.length === 0 && result.filed.length === 1 && result.filed[0] === result.place) {
    return [`${where}：资料库中已有${result.reportYear}年度报告。`];
  }
  const head = `${where}：${result.reportYear}年度报告，资料库中已有${result.filed.length}家，近年有报告而本年度尚未收录${result.missing.length}家。`;
  const lines = [head, ...missingLines(result, limit)];
  if (result.notExpected > 0) {
    lines.push(`另有${result.notExpected}家最近一份报告早于${result.reportYear - RECENT_YEARS}年度，或不受该期限约束（如乡镇），未列入。`);
  }
  return lines;
}

/** The answer to `/missing`: who filed for earlier years but has no report for the year asked about. */
export function missingReportsText(result: MissingReports): string {
  const lines = listingLines(result, LIST_LIMIT);
  return (result.missing.length > 0 ? [...lines, CAVEAT] : lines).join("\n");
}

/**
 * The notice after a deadline: who has not filed, for the places the chat follows (or everywhere),
 * then how to unsubscribe. The places share one list budget, and the text stays within one message.
 */
export function afterDeadlineText(occurrence: DeadlineOccurrence, results: readonly MissingReports[], words: CommandWords): string {
  const lines = [
    `【年报期限已过】${occurrence.rule.name}（${occurrence.reportYear}年度）已于${chineseDate(occurrence.due)}截止。`,
    `依据：${occurrence.rule.basis}`,
  ];
  let budget = LIST_LIMIT;
  for (const result of results) {
    lines.push(...listingLines(result, budget));
    budget = Math.max(0, budget - result.missing.length);
  }
  if (results.some((result) => result.missing.length > 0)) lines.push(CAVEAT);
  // The way out goes last but is never cut.
  return `${fitMessage(lines, unsubscribeHint(words).length + 1)}\n${unsubscribeHint(words)}`;
}

/** Joins lines, dropping the last ones (with a note) when the text would pass MESSAGE_LIMIT less `reserved`. */
function fitMessage(lines: readonly string[], reserved = 0): string {
  const limit = MESSAGE_LIMIT - reserved;
  const text = lines.join("\n");
  if (text.length <= limit) return text;
  const kept: string[] = [];
  let length = TRUNCATED.length;
  for (const line of lines) {
    if (length + line.length + 1 > limit) break;
    kept.push(line);
    length += line.length + 1;
  }
  return [...kept, TRUNCATED].join("\n");
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
