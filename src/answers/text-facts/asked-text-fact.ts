/**
 * Whether a question asks a text fact, and of which type: never when it names a measure word (多少条,
 * 几件 ask counts) other than the one a countable type's cue holds (几个部分); a strong type (电话, 地址, 是谁, 哪天) whatever measure it names; a weak one
 * (有没有, 哪些, 什么) only when it names no measure, so 有没有收到申请 stays a figure question.
 */
import { askedAnswerType, type AnswerType } from "../question/answer-type.ts";
import type { Understanding } from "../question/understand-question.ts";

/** The text fact `u` asks for, or null when it asks a figure or a section's passage. */
export function askedTextFact(u: Understanding): AnswerType | null {
  // 那2020年呢 asks again what the chat asked before, which a follow-up's query carries.
  const type = askedAnswerType(u.text) ?? (u.followUp ? askedAnswerType(u.query) : null);
  if (!type || (u.units !== null && !type.countable)) return null;
  return type.strong || u.intent === null ? type : null;
}

/**
 * The weak text fact `u` asks for once its measure has no figure in the report (有没有用微信公开信息,
 * 在哪些地方公开), or null; a measure word still asks a count.
 */
export function askedTextFactAfterNoFigure(u: Understanding): AnswerType | null {
  if (u.units !== null) return null;
  const type = askedAnswerType(u.text);
  return type && !type.strong ? type : null;
}
