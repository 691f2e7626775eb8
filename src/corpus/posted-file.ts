/**
 * A parsed file as a parse thread posts it to the thread that asked: a passage whose text is the
 * original's slice at its span (all of them, as `buildPassages` makes them) goes without that
 * text, about half the characters of a message, and the receiving side slices it back out of
 * the original; the original itself is left out when the asker sent it (`readsText`). Copying a
 * message costs both threads time by the character.
 */
import type { ParsedFile, ParsedPassage, ParsedReport } from "../domain/report.ts";

/** A passage as posted: without `text` when the text is `original.slice(start, end)`. */
type PostedPassage = Omit<ParsedPassage, "text"> & { text?: string };

export interface PostedFile extends Omit<ParsedFile, "reports" | "original"> {
  /** Left out when the asker has it. */
  original?: string;
  reports: Array<Omit<ParsedReport, "passages"> & { passages: PostedPassage[] }>;
}

/** `parsed` as posted, without its original when `askerHasOriginal`; `parsed` itself is left as it is. */
export function toPosted(parsed: ParsedFile, askerHasOriginal = false): PostedFile {
  const { original, ...rest } = parsed;
  return {
    ...rest,
    ...(askerHasOriginal ? {} : { original }),
    reports: parsed.reports.map((report) => ({
      ...report,
      passages: report.passages.map((p) =>
        p.text === original.slice(p.start, p.end) ? withoutText(p) : p,
      ),
    })),
  };
}

function withoutText(p: ParsedPassage): PostedPassage {
  const { text: _sliced, ...rest } = p;
  return rest;
}

/**
 * The parsed file a posted one stands for, its passages' texts sliced back in place; `original`
 * is the one the asker sent, for a file posted without it.
 */
export function fromPosted(posted: PostedFile, original = posted.original): ParsedFile {
  if (original === undefined) throw new Error("parse pool: a parsed file came back without its original text");
  for (const report of posted.reports) {
    report.passages = report.passages.map((p) =>
      p.text === undefined ? { ...p, text: original.slice(p.start, p.end) } : (p as ParsedPassage),
    );
  }
  return { original, encoding: posted.encoding, reports: posted.reports as ParsedReport[] };
}
