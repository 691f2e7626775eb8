/**
 * What the WeChat front says to one inbound message: text is a question for the answer engine
 * (chat id `wx:<openid>`), reminder commands (`订阅`/`退订` …) go to reminders, `更多` continues a long answer,
 * replies to the last answer (`1`, `本溪的`, `原文`, `其他年份`, `2020年`) follow it up, a follow event gets a
 * welcome, anything else a note on what the account understands.
 */
import type { AnswerEngine } from "../../answers/answer.ts";
import { createRateLimiter, type RateLimiter } from "../../http/rate-limiter.ts";
import { createWechatFollowUps } from "./wechat-followups.ts";
import { cutForReply, MORE_KEYWORD, renderAnswerText } from "./wechat.text.ts";

/** The reminders service as the WeChat front uses it. */
export interface WechatReminders {
  /** The reply to a reminder command (`订阅 凉州区`, `退订` …; it says when pushes reach the user), or null when `text` is none. */
  command(chatId: string, text: string, at: Date): Promise<string | null>;
  /** Records the time of a user's message: pushes reach them only within 48 hours of it. */
  recordInbound(chatId: string, at: Date): Promise<void>;
  /** True when reminders can reach a WeChat user at all (the customer-service API is configured). */
  canPush(): boolean;
}

export interface WechatMessageDeps {
  engine: AnswerEngine;
  reminders: WechatReminders | null;
  /** Called once per answered question (the "questions answered" counter). */
  onQuestion?: () => Promise<void>;
  /** Passive reply budget in bytes (default 2048). */
  replyBytes?: number;
  /** Per-user limit on messages, keyed by openid (default 60 a minute); over it the user is asked to wait. */
  limiter?: RateLimiter;
}

export const EXAMPLE_QUESTIONS = [
  "凉州区科技局2021年公开了多少条信息",
  "凉州区科学技术局2021年新收到几件政府信息公开申请？",
  "凉州区科技局2021年行政复议有多少件",
];

/**
 * The welcome on follow: how to ask, what to reply after an answer, and 订阅 only where the account
 * can push (without the customer-service API it can only answer, so deadlines are offered instead).
 */
export function welcomeText(canPush: boolean): string {
  return [
    "您好！我可以回答政府信息公开工作年度报告里的数字和内容，并给出原文出处。",
    "直接发问题即可，例如：",
    ...EXAMPLE_QUESTIONS.map((q) => `· ${q}`),
    "收到回答后，回复“原文”查看出处段落，回复“其他年份”查看同一机构其他年份。",
    canPush ? "发送“订阅”接收年报报送期限提醒，“退订”取消。" : "发送“截止日期”查看年报公布的期限。",
  ].join("\n");
}

export const UNSUPPORTED_TEXT = "目前只能看懂文字消息：请用文字提问，例如“" + EXAMPLE_QUESTIONS[0] + "”。";

const MAX_CONTINUATIONS = 10_000;

/** The reply over the rate limit: WeChat shows an HTTP error as "service unavailable", so it is a reply. */
export const TOO_FAST_TEXT = "您发消息太频繁了，请稍候一分钟再问。";

export interface WechatMessageHandler {
  /** The text to reply with, or "" for no reply. */
  reply(fields: Record<string, string>, at: Date): Promise<string>;
}

export function createWechatMessageHandler(deps: WechatMessageDeps): WechatMessageHandler {
  const continuations = new Map<string, string>();
  const limiter = deps.limiter ?? createRateLimiter();
  const followUps = createWechatFollowUps(deps.engine);

  function remember(openid: string, rest: string | null): void {
    continuations.delete(openid);
    if (rest === null) return;
    if (continuations.size >= MAX_CONTINUATIONS) continuations.delete(continuations.keys().next().value!);
    continuations.set(openid, rest);
  }

  function fit(openid: string, text: string): string {
    const { reply, rest } = cutForReply(text, deps.replyBytes);
    remember(openid, rest);
    return reply;
  }

  return {
    async reply(fields, at) {
      const openid = fields.FromUserName ?? "";
      const chatId = `wx:${openid}`;
      await deps.reminders?.recordInbound(chatId, at);
      const type = fields.MsgType;
      if (type === "event") {
        return fields.Event === "subscribe" ? welcomeText(deps.reminders?.canPush() ?? false) : "";
      }
      // A voice message comes with WeChat's transcript where the account has speech recognition on.
      const said = type === "text" ? fields.Content : type === "voice" ? fields.Recognition : undefined;
      if (said === undefined) return UNSUPPORTED_TEXT;
      const decision = limiter.take(openid);
      if (!decision.allowed) return TOO_FAST_TEXT;
      const content = said.trim();
      if (content === "") return UNSUPPORTED_TEXT;
      // 更多 continues a long reply; with none pending, the engine shows a listing's next page.
      const rest = content === MORE_KEYWORD ? continuations.get(openid) : undefined;
      if (rest !== undefined) return fit(openid, rest);
      const reminderReply = await deps.reminders?.command(chatId, content, at);
      if (reminderReply != null) return fit(openid, reminderReply);
      const followUp = await followUps.read(openid, content);
      if (followUp?.kind === "reply") return fit(openid, followUp.text);
      const question = followUp?.question ?? content;
      const answer = followUp?.kind === "answer" ? followUp.answer : await deps.engine.ask(chatId, question);
      await deps.onQuestion?.();
      followUps.remember(openid, question, answer);
      return fit(openid, renderAnswerText(answer));
    },
  };
}
