/** Sentences of a text: spans between 。；;!? and line breaks, the closing mark included, whitespace trimmed. */

export interface Sentence {
  start: number;
  end: number;
}

const NEWLINE = 0x0a;

/** Sentences of `text[from, to)`. */
export function sentences(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : NEWLINE;
    if (!isTerminator(code)) continue;
    let end = code === NEWLINE ? i : i + 1;
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    while (end > s && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > s) out.push({ start: s, end });
    start = i + 1;
  }
  return out;
}

/** Whitespace as reports use it: ASCII blanks (NFKC folded the ideographic space to one). */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0xa0;
}

function isTerminator(code: number): boolean {
  switch (code) {
    case 0x3002: // 。
    case 0x3b: // ;
    case 0xff1b: // ；
    case 0x21: // !
    case 0xff01: // ！
    case 0x3f: // ?
    case 0xff1f: // ？
    case NEWLINE:
      return true;
    default:
      return false;
  }
}
