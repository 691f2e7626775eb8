/**
 * The 类 that marks a kind (政府信息公开类信息, 法规文件类信息, 概况类194条): a report and a question
 * write it or leave it out at will, so a figure's words and a question's are matched without it.
 */
// 报告类的信息 writes 的 after the mark as well, 各类信息 各 before it; a question may end the kind with its mark (业务工作类有多少条).
const KIND_MARK = /(?<=\p{Script=Han})各?类的?(?=信息)|(?<=\p{Script=Han}{2})类(?=有|多少|几|共|是)/gu;

/** `text` with the kind mark before 信息 dropped (政府信息公开类信息 → 政府信息公开信息). */
export function withoutKindMark(text: string): string {
  return text.includes("类") ? text.replace(KIND_MARK, "") : text;
}

// A kind counted in a list (概况类194条、政务动态5749条) is named without its 类, as a question's
// 概况类信息 is matched without it (h5-180).
const KIND_END = /(?<=\p{Script=Han}{2})类$/u;

/** A label's other name, as a list: the kind without the 类 that ends it, else none. */
export function kindName(label: string): string[] {
  return KIND_END.test(label) ? [label.replace(KIND_END, "")] : [];
}
