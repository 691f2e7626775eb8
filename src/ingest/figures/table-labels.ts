/** Reading row labels of the template tables: numbering prefixes and explanatory notes stripped. */

// 一、 / (一) / 1. / 1、 / (1) / ① and the like, as the templates number their rows.
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|\(?[一二三四五六七八九十]+\)|\d+[、.．)](?!\d)|\(\d+\)|[①-⑳])\s*/u;
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/u;

/** True when `text` opens with a row numbering (`(三)不予公开`, `1.属于国家秘密`, `三、本年度办理结果`). */
export function isNumbered(text: string): boolean {
  return NUMBERING.test(text.trim());
}

/** The label without its numbering (`(三)不予公开` → `不予公开`, `1.属于国家秘密` → `属于国家秘密`). */
export function labelCore(text: string): string {
  let t = text.trim();
  for (let i = 0; i < 2; i++) t = t.replace(NUMBERING, "");
  return t.replace(/\s+/g, "");
}

/** Offset of the label text past its numbering and its trailing note, for quoting the label as written. */
export function labelCoreSpan(text: string): { start: number; end: number } {
  let start = 0;
  for (let i = 0; i < 2; i++) {
    const m = NUMBERING.exec(text.slice(start));
    if (!m) break;
    start += m[0].length;
  }
  let end = text.length;
  const note = TRAILING_NOTE.exec(text.slice(start));
  if (note && note.index > 0) end = start + note.index;
  return { start, end };
}

// A note in brackets closing a label, of any length: a template's guidance on what the row counts.
const CLOSING_NOTE = /\s*[(（][^()（）]*[)）]\s*$/u;

/** `text` without the bracketed note closing it, unless the note is all there is. */
export function withoutNote(text: string): string {
  // Most labels close with no bracket: not worth running the pattern from every position.
  const last = text.trimEnd().at(-1);
  if (last !== ")" && last !== "）") return text;
  const bare = text.replace(CLOSING_NOTE, "");
  return bare.trim().length > 0 ? bare : text;
}
