/**
 * The replies to subscribing, unsubscribing, asking what a chat follows and /missing refusals, in
 * plain text for Telegram and WeChat alike; commands are named as the chat's channel spells them.
 */
import type { DeadlineCalendar } from "./deadline-calendar.ts";
import { commandRef, unsubscribeHint, type CommandWords } from "./command-words.ts";
import type { Delivery } from "./notifier.ts";
import type { RefusedName, SubscribeOutcome, UnfollowOutcome } from "./following.ts";
import type { Subscription, SubscriptionEntry } from "../domain/subscription.ts";

/** What a subscribe or subscriptions reply needs besides the subscription. */
export interface SubscriptionReplyContext {
  calendar: DeadlineCalendar;
  delivery: Delivery;
  words: CommandWords;
}

/** `（1月31日）`: the date of the rule in force for a kind of agency. */
function dueOfKind(calendar: DeadlineCalendar, kind: "departments" | "governments"): string {
  const rule = calendar.deadlines.find((r) => r.kind === kind && r.reportYears.to === null);
  return rule ? `（${rule.month}月${rule.day}日）` : "";
}

/** What an entry follows, as a reply names it. */
export function entryLabel(entry: SubscriptionEntry): string {
  if (entry.follows === null) return "全部机构";
  return entry.follows.scope === "place" ? `${entry.follows.name}（地区）` : entry.follows.name;
}

/** `· 凉州区（地区）：部门年报（1月31日）` */
export function entryLine(entry: SubscriptionEntry, calendar: DeadlineCalendar): string {
  const kind =
    entry.kind === "departments"
      ? `部门年报${dueOfKind(calendar, "departments")}`
      : entry.kind === "governments"
        ? `政府年报${dueOfKind(calendar, "governments")}`
        : "部门和政府年报";
  return `· ${entryLabel(entry)}：${kind}`;
}

/** `提前30天、7天、1天和当天提醒` from the calendar's lead times. */
function leadPhrase(leadDays: readonly number[]): string {
  const parts = [...new Set(leadDays)].sort((a, b) => b - a).map((lead) => (lead === 0 ? "当天" : `${lead}天`));
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join("、")}和${parts.at(-1)}` : (parts[0] ?? "");
  return parts[0] === "当天" ? "截止当天提醒" : `提前${listed}提醒`;
}

function deliveryNote(delivery: Delivery, words: CommandWords): string | null {
  if (delivery.kind === "window") {
    return `注意：公众号只能在您最近一次发消息后的${delivery.hours}小时内给您推送；超出时提醒无法送达。期限临近时请发条消息给我们。`;
  }
  if (delivery.kind === "none") return `注意：这里暂未开通主动推送，提醒暂时无法送达；查看截止日期请发送${commandRef(words.deadlines)}。`;
  return null;
}

/** Why a name was not taken, with what to write instead. */
export function refusalLine(refused: RefusedName): string {
  switch (refused.kind) {
    case "level":
      return `“${refused.mention}”是级别，不是具体的地区或机构，请写出名称${suggestions(refused.near, "，例如：")}。`;
    case "ambiguous":
      return `有几个机构符合“${refused.mention}”，请写出全名${suggestions(refused.candidates, "：")}。`;
    case "unknown":
      if (refused.near.length > 0) return `资料库中没有“${refused.mention}”，相近的有：${refused.near.join("、")}。`;
      if (refused.alike.length > 0) return `资料库中没有“${refused.mention}”，收录的有：${refused.alike.join("、")}。`;
      return `资料库中没有“${refused.mention}”，请检查名称，或写出所在的省、市、县。`;
  }
}

function suggestions(names: readonly string[], lead: string): string {
  return names.length > 0 ? `${lead}${names.join("、")}` : "";
}

export function subscribedText(outcome: SubscribeOutcome, context: SubscriptionReplyContext): string {
  const { calendar, delivery, words } = context;
  const lines: string[] = [];
  const added = outcome.changes.filter((c) => c.change === "added");
  const updated = outcome.changes.filter((c) => c.change === "updated");
  const kept = outcome.changes.filter((c) => c.change === "kept");
  if (added.length > 0) lines.push("已订阅年报提醒：", ...added.map((c) => entryLine(c.entry, calendar)));
  if (updated.length > 0) lines.push("已改为：", ...updated.map((c) => entryLine(c.entry, calendar)));
  if (kept.length > 0) lines.push("已经订阅过：", ...kept.map((c) => entryLine(c.entry, calendar)));
  if (outcome.refused.length > 0) {
    lines.push(outcome.changes.length > 0 ? "以下名称未订阅：" : "未订阅：", ...outcome.refused.map((r) => `· ${refusalLine(r)}`));
  }
  if (outcome.changes.length === 0) return lines.join("\n");
  lines.push(`${leadPhrase(calendar.leadDays)}；截止后告诉您所关注的哪些机构尚未公布；关注的机构有新年报时通知您。`);
  lines.push(unsubscribeHint(words));
  const note = deliveryNote(delivery, words);
  if (note) lines.push(note);
  return lines.join("\n");
}

export function subscriptionsText(subscription: Subscription | null, context: SubscriptionReplyContext): string {
  if (subscription === null) {
    return `您还没有订阅年报提醒。订阅请发送${commandRef(context.words.subscribe)}，可加“部门”“政府”或地区、机构名。`;
  }
  return ["您的订阅：", ...subscription.entries.map((e) => entryLine(e, context.calendar)), unsubscribeHint(context.words)].join("\n");
}

export function unsubscribedText(removed: boolean): string {
  return removed ? "已退订全部年报提醒。" : "您没有订阅年报提醒。";
}

export function unfollowedText(outcome: UnfollowOutcome, calendar: DeadlineCalendar): string {
  if (outcome.removed.length === 0 && outcome.subscription === null) return "您没有订阅年报提醒。";
  const lines: string[] = [];
  if (outcome.removed.length > 0) lines.push("已退订：", ...outcome.removed.map((e) => entryLine(e, calendar)));
  if (outcome.notFollowed.length > 0) lines.push(`您没有订阅：${outcome.notFollowed.map((n) => `“${n}”`).join("、")}`);
  lines.push(
    outcome.subscription === null
      ? "您已没有其他订阅。"
      : ["仍在订阅：", ...outcome.subscription.entries.map((e) => entryLine(e, calendar))].join("\n"),
  );
  return lines.join("\n");
}
