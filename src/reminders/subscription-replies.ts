/**
 * The replies to subscribing, unsubscribing and asking what a chat follows, in plain text for
 * Telegram and WeChat alike; commands are named as the chat's channel spells them.
 */
import type { DeadlineCalendar } from "./deadline-calendar.ts";
import type { Delivery } from "./notifier.ts";
import type { Subscription } from "./subscription.ts";

/** A channel's words for the reminder commands: `/unsubscribe` on Telegram, `退订` on WeChat. */
export interface CommandWords {
  subscribe: string;
  unsubscribe: string;
  deadlines: string;
}

/** What a subscribe or subscriptions reply needs besides the subscription. */
export interface SubscriptionReplyContext {
  calendar: DeadlineCalendar;
  delivery: Delivery;
  words: CommandWords;
}

/** `1月31日`: the date of the rule in force for a kind of agency. */
function dueOfKind(calendar: DeadlineCalendar, kind: "departments" | "governments"): string {
  const rule = calendar.deadlines.find((r) => r.kind === kind && r.reportYears.to === null);
  return rule ? `（${rule.month}月${rule.day}日）` : "";
}

function filterLines(subscription: Subscription, calendar: DeadlineCalendar): string[] {
  const kind =
    subscription.kind === "departments"
      ? `部门年报${dueOfKind(calendar, "departments")}`
      : subscription.kind === "governments"
        ? `政府年报${dueOfKind(calendar, "governments")}`
        : "部门和政府年报";
  const lines = [`提醒：${kind}`];
  if (subscription.follows.length > 0) lines.push(`关注：${subscription.follows.join("、")}（新年报收录时通知）`);
  return lines;
}

/** `提前30天、7天、1天和当天提醒` from the calendar's lead times. */
function leadPhrase(leadDays: readonly number[]): string {
  const parts = [...new Set(leadDays)].sort((a, b) => b - a).map((lead) => (lead === 0 ? "当天" : `${lead}天`));
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join("、")}和${parts.at(-1)}` : (parts[0] ?? "");
  return parts[0] === "当天" ? "截止当天提醒" : `提前${listed}提醒`;
}

/** A command as a reply names it: a slash command after a space (so Telegram links it), a word in quotes. */
function commandRef(word: string): string {
  return word.startsWith("/") ? ` ${word}` : `“${word}”`;
}

function deliveryNote(delivery: Delivery, words: CommandWords): string | null {
  if (delivery.kind === "window") {
    return `注意：公众号只能在您最近一次发消息后的${delivery.hours}小时内给您推送；超出时提醒无法送达。期限临近时请发条消息给我们。`;
  }
  if (delivery.kind === "none") return `注意：这里暂未开通主动推送，提醒暂时无法送达；查看截止日期请发送${commandRef(words.deadlines)}。`;
  return null;
}

export function subscribedText(subscription: Subscription, created: boolean, context: SubscriptionReplyContext): string {
  const { calendar, delivery, words } = context;
  const lines = [created ? "已订阅年报提醒。" : "已更新订阅。", ...filterLines(subscription, calendar)];
  lines.push(`${leadPhrase(calendar.leadDays)}；截止后告诉您哪些机构尚未公布。退订请发送${commandRef(words.unsubscribe)}。`);
  const note = deliveryNote(delivery, words);
  if (note) lines.push(note);
  return lines.join("\n");
}

export function subscriptionsText(subscription: Subscription | null, context: SubscriptionReplyContext): string {
  if (subscription === null) {
    return `您还没有订阅年报提醒。订阅请发送${commandRef(context.words.subscribe)}，可加“部门”“政府”或地区、机构名。`;
  }
  return ["您的订阅：", ...filterLines(subscription, context.calendar)].join("\n");
}

export function unsubscribedText(removed: boolean): string {
  return removed ? "已退订年报提醒。" : "您没有订阅年报提醒。";
}

export function unfollowedText(subscription: Subscription | null, calendar: DeadlineCalendar): string {
  if (subscription === null) return "您还没有订阅年报提醒。";
  return ["已取消这些关注。", ...filterLines(subscription, calendar)].join("\n");
}
