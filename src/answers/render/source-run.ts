/**
 * A citation of a web page quoted by a run its source writes in one piece. A page's markup may
 * part a sentence's characters (全年受理网络问政<span>182</span>件), so the sentence as read is no
 * run of the page's source and a reader searching the page for it finds nothing: the quote is
 * then the run between two seams that best holds what is cited, and the sentence is shown whole.
 */
import type { Citation } from "../answer.ts";
import type { StoredPassage } from "../report-source.ts";
import { tokenize } from "../search/bigram-tokenizer.ts";

/** Fewest characters a run needs to be quoted instead of the whole. */
const MIN_RUN = 2;

/**
 * `citation` quoting the run of its quote, between the page's seams, that holds the most of
 * `focus` (a figure's label), else the longest; as it was where no seam falls inside its quote.
 */
export function sourceRunCitation(citation: Citation, passages: readonly StoredPassage[], focus = ""): Citation {
  const cuts = seamsWithin(passages, citation.start, citation.end);
  if (cuts.length === 0 || citation.quote.length !== citation.end - citation.start) return citation;
  const bounds = [0, ...cuts.map((s) => s - citation.start), citation.quote.length];
  const wanted = new Set(tokenize(focus));
  let best: { start: number; end: number; held: number; size: number } | null = null;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const raw = citation.quote.slice(bounds[i], bounds[i + 1]);
    // The "|" parting a table row's cells as read is no character of the page: a run ends before it.
    const lead = /^[\s|]*/u.exec(raw)![0].length;
    const run = raw.slice(lead).replace(/[\s|]+$/u, "");
    if (run.length < MIN_RUN) continue;
    const held = tokenize(run).filter((t) => wanted.has(t)).length;
    const here = { start: bounds[i]! + lead, end: bounds[i]! + lead + run.length, held, size: run.replace(/\s+/gu, "").length };
    if (!best || here.held > best.held || (here.held === best.held && here.size > best.size)) best = here;
  }
  if (!best) return citation;
  return {
    ...citation,
    quote: citation.quote.slice(best.start, best.end),
    start: citation.start + best.start,
    end: citation.start + best.end,
    row: citation.row ?? citation.quote,
  };
}

/** The seams of `passages` strictly inside `[start, end)`, as offsets of the source, ascending. */
function seamsWithin(passages: readonly StoredPassage[], start: number, end: number): number[] {
  const out: number[] = [];
  for (const p of passages) {
    if (!p.seams || p.end <= start || p.start >= end) continue;
    for (const s of p.seams) if (p.start + s > start && p.start + s < end) out.push(p.start + s);
  }
  return out.sort((a, b) => a - b);
}

