/**
 * Greetings and thanks said on their own (`你好`, `谢谢！`): answered as such, not with the help
 * text. The words are data (`data/small-talk.json`); a greeting followed by a question is a question.
 */
import words from "../../../data/small-talk.json" with { type: "json" };
import { simplified } from "../../text/simplified.ts";

export const GREETING_REPLY = [
  "您好！我可以回答政府信息公开工作年度报告中的数字和内容，并给出原文出处。请说明机构、年份和想问的内容，例如：",
  "- 凉州区科技局2021年公开了多少条信息",
  "- 龙港区有哪些年报",
].join("\n");

export const THANKS_REPLY = "不客气！还有问题请随时问我。";

const greetings = new Set(words.greetings.map(key));
const thanks = new Set(words.thanks.map(key));

/** The reply to a message that is only a greeting or thanks, else null. */
export function smallTalkReply(message: string): string | null {
  const said = key(message);
  if (said === "") return null;
  if (greetings.has(said)) return GREETING_REPLY;
  if (thanks.has(said)) return THANKS_REPLY;
  return null;
}

// Punctuation, emoji, spaces and the particles people add (你好呀, 谢谢啦~) do not change what is said.
function key(text: string): string {
  return simplified(text)
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, "")
    .replace(/(?<=.)[呀啊哈呢哦喔嘛吖]+$/u, "");
}
