/**
 * The 类 that marks a kind before 信息 (政府信息公开类信息, 法规文件类信息): a report and a question
 * write it or leave it out at will, so a figure's words and a question's are matched without it.
 */
const KIND_MARK = /(?<=\p{Script=Han})类(?=信息)/gu;

/** `text` with the kind mark before 信息 dropped (政府信息公开类信息 → 政府信息公开信息). */
export function withoutKindMark(text: string): string {
  return text.includes("类") ? text.replace(KIND_MARK, "") : text;
}
