/**
 * The light markup of `Answer.text` (`**bold**`, `> ` quote lines, blank lines between
 * paragraphs) read into blocks, so each front renders it for its channel without parsing twice.
 */
import type { Answer } from "../answers/answer.ts";
import { citationTitle } from "../answers/render/answer-text.ts";

export interface Span {
  text: string;
  bold: boolean;
}

/** A run of lines of one kind; every line's spans are self-contained (bold never crosses a line). */
export interface Block {
  kind: "paragraph" | "quote";
  lines: Span[][];
}

/** One source per distinct cited report and section. */
export interface SourceLine {
  title: string;
  section: string;
  url: string | null;
  /** True when the answer text already names the report (its own 出处 line), so only a link is worth adding. */
  named: boolean;
}

export function parseAnswerMarkup(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    if (line.trim() === "") {
      current = null;
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(line);
    const kind = quote ? "quote" : "paragraph";
    if (!current || current.kind !== kind) {
      current = { kind, lines: [] };
      blocks.push(current);
    }
    current.lines.push(spans(quote ? quote[1]! : line));
  }
  return blocks;
}

function spans(line: string): Span[] {
  const parts = line.split("**");
  // An odd number of markers leaves the last one literal.
  if (parts.length % 2 === 0) parts.splice(parts.length - 2, 2, `${parts[parts.length - 2]}**${parts[parts.length - 1]}`);
  return parts.map((text, i) => ({ text, bold: i % 2 === 1 })).filter((s) => s.text !== "");
}

/** The line's text without markup. */
export function plainLine(line: Span[]): string {
  return line.map((s) => s.text).join("");
}

export function sourceLines(answer: Answer): SourceLine[] {
  const seen = new Set<string>();
  const lines: SourceLine[] = [];
  for (const c of answer.citations) {
    const key = `${c.reportId}\u0000${c.section}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const title = citationTitle(c);
    lines.push({ title, section: c.section, url: c.url, named: answer.text.includes(title) });
  }
  return lines;
}
