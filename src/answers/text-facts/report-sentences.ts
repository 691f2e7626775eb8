/**
 * The sentences of a report, cut from its stored passages at answer time, each with the exact
 * original offsets of its text so a quote stays a verbatim run of the source.
 */
import type { ReportDetail, StoredPassage } from "../report-source.ts";

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** The section of the passage the sentence starts in. */
  sectionIndex: number;
  /** The clauses before it in the same sentence, up to a full stop (请与…联系; before 电话:…), or "". */
  lead: string;
  /** The sentence before, where this one opens with a part of what that one names (组长由… after 成立…领导小组), or "". */
  subject: string;
}

// A sentence ends at a full stop, a question or exclamation mark or a semicolon. A line break
// inside a passage is one ingest read across (a hard-wrapped page line, h4-213): no end. A full
// stop between Latin letters dots an address (stats-hb。gov。cn) and ends nothing.
const SENTENCE = /(?:[^。！？!?；;]|(?<=[A-Za-z0-9])。(?=[A-Za-z]))+[。！？!?；;]*/gu;

// Words opening a sentence that name a part or member of what the sentence before spoke of, or
// say what it held (收到申请1件。涉及“…”等相关信息).
const ELIDED_SUBJECT = /^(?:组长|副组长|成员|其中|该(?:小组|机构|办|中心|平台|栏目|专栏)|(?:主要|均|都)?(?:涉及|包括))/u;

/** The sentences of `detail`, in report order. */
export function reportSentences(detail: ReportDetail): Sentence[] {
  const out: Sentence[] = [];
  for (const block of contiguousBlocks(detail.passages)) {
    let lead = "";
    let previous = "";
    for (const m of block.text.matchAll(SENTENCE)) {
      const blank = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      const start = block.start + m.index + blank;
      // 组长由…担任 after 我乡成立政务公开监督领导小组: a sentence opening with a part of what the one
      // before set up speaks of that, which the one before names.
      const subject = lead === "" && ELIDED_SUBJECT.test(text) ? previous : "";
      out.push({ text, start, end: start + text.length, sectionIndex: block.first.sectionIndex, lead, subject });
      // A semicolon parts one sentence: what it runs on from is the next clause's lead.
      lead = /[；;]$/u.test(text) ? lead + text : "";
      previous = text;
    }
  }
  return out;
}

interface Block {
  text: string;
  start: number;
  first: StoredPassage;
}

/**
 * Passages joined where one ends exactly where the next begins: ingest cuts a long line into
 * passages mid-sentence (even mid-word), and the sentence across the cut is still one run of the
 * source.
 */
function contiguousBlocks(passages: readonly StoredPassage[]): Block[] {
  const blocks: Block[] = [];
  let last: StoredPassage | null = null;
  for (const p of passages) {
    const block = blocks.at(-1);
    if (block && last && p.start === last.end && p.sectionIndex === last.sectionIndex) block.text += p.text;
    else blocks.push({ text: p.text, start: p.start, first: p });
    last = p;
  }
  return blocks;
}
