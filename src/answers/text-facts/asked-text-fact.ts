/**
 * Whether a question asks a text fact, and of which type: never when it names a measure word (多少条,
 * 几件 ask counts) other than the one a countable type's cue holds (几个部分); a strong type (电话, 地址, 是谁, 哪天) whatever measure it names; a weak one
 * (有没有, 哪些, 什么) only when it names no measure or asks no count of it, so 有没有收到申请 stays a figure question.
 */
import { askedAnswerType, type AnswerType } from "../question/answer-type.ts";
import type { Understanding } from "../question/understand-question.ts";

/** The text fact `u` asks for, or null when it asks a figure or a section's passage. */
export function askedTextFact(u: Understanding): AnswerType | null {
  // 那2020年呢 asks again what the chat asked before, which a follow-up's query carries.
  const type = askedAnswerType(u.text) ?? (u.followUp ? askedAnswerType(u.query) : null);
  if (!type || (u.units !== null && !type.countable)) return null;
  // 县长信箱收到多少留言, 咨询电话接了几个, 答复率多少: the channel is what a count or a rate is asked of.
  if (COUNTED_ON_CHANNEL.test(u.text)) return null;
  // 按照哪个目录开展主动公开 names a measure yet asks no count of it: 哪个 is asked.
  return type.strong || u.intent === null || (u.intent.kind === "figure" && !ASKS_COUNT.test(u.text) && !ASKS_PARTS.test(u.text)) ? type : null;
}

// A verb of receiving or answering before 多少/几, or a rate: a count made through the channel named.
const COUNTED_ON_CHANNEL = /(?:收到|接到|受理|接听|接了|办理|答复|回复|处理)了?(?:多少|几)|率/u;

// 不予公开是什么原因 asks the kinds a measure's breakdown names, which its figures answer with their counts.
const ASKS_PARTS = /原因|理由|情形|情况|类型|方面|类别|种类|内容|哪些/u;

// Words that ask how many or whether (多少, 几, 有没有, 占比): without one, a measure named is only the subject.
const ASKS_COUNT = /多少|(?<!哪)几|若干|有没有|有无|是否|有否|吗|占比|比例|百分|率|数量|总数|合计|共计|一共|总共/u;

/**
 * The weak text fact `u` asks for once its measure has no figure in the report (有没有用微信公开信息,
 * 在哪些地方公开), or null; a measure word still asks a count.
 */
export function askedTextFactAfterNoFigure(u: Understanding): AnswerType | null {
  if (u.units !== null) return null;
  const type = askedAnswerType(u.text);
  return type && !type.strong ? type : null;
}
