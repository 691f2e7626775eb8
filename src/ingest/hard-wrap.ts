/**
 * Line breaks of hard-wrapped prose: text extracted from a PDF breaks every line of a paragraph at
 * the page width, mid-sentence and mid-number (`…其中政策文件86` / `条，…`). Such a break is no break
 * of the text, so sentences, figures and passages read across it.
 */
import type { Span } from "./span.ts";
import type { TextLine } from "./text-lines.ts";

// Prose lines only: table rows keep cells apart with pipes, tabs or runs of blanks.
const BLANK_RUN = /\s\s/u;

/**
 * Whether a line (trimmed, as `TextLine.text` is) keeps cells apart: a pipe, a tab, or two blanks
 * in a row, which inside a trimmed line stand between two other characters. The string searches
 * run several times faster than one pattern for all three.
 */
function holdsCells(line: string): boolean {
  return line.includes("|") || line.includes("\t") || BLANK_RUN.test(line);
}
const SENTENCE_END = /[。；;！!？?：:]$/u;
// A contact's label at the line's end (…;电邮:) is no sentence's end: its value wraps onto the next line.
const LABEL_AT_END = /(?:电话|电邮|邮箱|邮编|传真|地址|网址|信箱|E-?mail)[:：]$/iu;
/** The numbering a heading, paragraph or table label opens with (（三）, 三、, 3.): it starts a piece of its own. */
export const NUMBERED = /^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d))/u;
/** Narrower lines are headings or cells, never a wrapped page line. */
const MIN_WIDTH = 40;
/** Columns a wrapped line may fall short of the page width (punctuation and digits are narrower). */
const TOLERANCE = 6;
/** Wrapped lines a text needs before its breaks are read as wrapping rather than chance. */
const MIN_WRAPPED = 5;
/** Share of prose lines that may run past the page width (a hard-wrapped text has next to none). */
const MAX_WIDER_SHARE = 0.05;
/** … and lines that may, however short the page: a mirror glues its title to the first line and a cut page's last line runs on. */
const MAX_WIDER_LINES = 2;

/** Display width of a line: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A character outside the basic plane (a surrogate pair) takes one column, as does a lone surrogate.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      width += 1;
      i++;
    } else width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/**
 * The spans between a hard-wrapped line of `lines` and the line it continues on (blank lines and
 * the whitespace around the break included); empty when the text is not hard-wrapped.
 */
export function wrappedBreaks(text: string, lines: readonly TextLine[]): Span[] {
  const open = lines.filter((l) => !holdsCells(l.text) && (!SENTENCE_END.test(l.text) || LABEL_AT_END.test(l.text)) && displayWidth(l.text) >= MIN_WIDTH);
  const widths = open.map((l) => displayWidth(l.text)).sort((a, b) => a - b);
  // The page width is the one most unfinished lines reach: they all stop just short of it. A
  // window slides over the sorted widths, so a page of many thousand lines costs one pass.
  let pageWidth = 0;
  let most = 0;
  let from = 0;
  widths.forEach((w, i) => {
    while (widths[from]! < w - TOLERANCE) from++;
    const reaching = i - from + 1;
    if (reaching > most || (reaching === most && w > pageWidth)) [pageWidth, most] = [w, reaching];
  });
  if (most < MIN_WRAPPED) return [];
  // Paragraphs on one line each (a web page) run past any width their unfinished lines share.
  const prose = lines.filter((l) => !holdsCells(l.text));
  const wider = prose.filter((l) => displayWidth(l.text) > pageWidth + TOLERANCE).length;
  if (wider > Math.max(MAX_WIDER_LINES, prose.length * MAX_WIDER_SHARE)) return [];
  // A label's line stops short by a value that did not fit (电邮: before an address of twenty columns).
  const wrapped = new Set(open.filter((l) => displayWidth(l.text) >= pageWidth - (LABEL_AT_END.test(l.text) ? 2 * TOLERANCE : TOLERANCE)));
  const breaks: Span[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!next || !wrapped.has(line) || holdsCells(next.text) || NUMBERED.test(next.text)) return;
    if (/\S/u.test(text.slice(line.end, next.start))) return;
    breaks.push({ start: line.end, end: next.start });
  });
  return breaks;
}
