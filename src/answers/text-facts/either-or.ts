/**
 * The two alternatives an either-or question offers (专职还是兼职, 线上还是线下): the words after
 * 还是, up to the question's end, and as many characters right before it.
 */

const EITHER = /(\p{Script=Han}+)还是(\p{Script=Han}+?)[呢的啊呀吗]*$/u;

/** The alternatives `query` offers, first as asked; empty when it offers none. */
export function eitherOptions(query: string): string[] {
  const m = EITHER.exec(query.replace(/[\s\p{P}\p{S}]+/gu, ""));
  if (!m) return [];
  const second = m[2]!;
  const first = m[1]!.slice(-second.length);
  return first.length > 0 && first !== second ? [first, second] : [];
}
