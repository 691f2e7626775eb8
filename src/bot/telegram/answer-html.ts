/**
 * Answers in Telegram HTML parse mode: every piece of text escaped, `**bold**` as `<b>`, quote lines
 * as one `<blockquote>`, sources linked where the citation has a URL. The result is a list of
 * self-contained blocks (no tag spans two), which `splitMessage` packs into messages.
 */
import type { Answer, PassageView } from "../../answers/answer.ts";
import { citationTitle } from "../../answers/render/answer-text.ts";
import { parseAnswerMarkup, sourceLines, type SourceLine, type Span } from "../answer-markup.ts";

/** One rendered block: its lines are each well-formed HTML; `wrap` encloses all of them. */
export interface HtmlBlock {
  wrap: "blockquote" | null;
  lines: string[];
}

export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

function line(spans: Span[]): string {
  return spans.map((s) => (s.bold ? `<b>${escapeHtml(s.text)}</b>` : escapeHtml(s.text))).join("");
}

export function renderAnswerHtml(answer: Answer): HtmlBlock[] {
  const sources = sourceLines(answer);
  const linked = sources.filter((s) => s.named && isLink(s.url));
  const blocks: HtmlBlock[] = parseAnswerMarkup(answer.text).map((block) => ({
    wrap: block.kind === "quote" ? "blockquote" : null,
    lines: block.lines.map((l) => (block.kind === "paragraph" ? linkTitles(withoutLinkedUrls(line(l), linked), linked) : line(l))),
  }));
  const unnamed = sources
    .filter((s) => !s.named)
    .map((s) => `来源：${isLink(s.url) ? anchor(s.url!, s.title) : escapeHtml(s.title)}${s.section ? ` · ${escapeHtml(s.section)}` : ""}`);
  if (unnamed.length > 0) blocks.push({ wrap: null, lines: unnamed });
  return blocks;
}

function isLink(url: string | null): boolean {
  return url !== null && /^https?:\/\/\S+$/i.test(url);
}

function anchor(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

// A source line's bare web address is dropped where its title becomes the link.
function withoutLinkedUrls(html: string, sources: SourceLine[]): string {
  let result = html;
  for (const s of sources) result = result.replace(` · ${escapeHtml(s.url!)}`, "");
  return result;
}

/** Links the first mention of each named report's title in an already rendered line (outside tags). */
function linkTitles(html: string, sources: SourceLine[]): string {
  let result = html;
  for (const s of sources) {
    const title = escapeHtml(s.title);
    const at = result.indexOf(title);
    // Only text outside any tag is linked, so no <b> or <a> is split.
    if (at < 0 || insideElement(result.slice(0, at))) continue;
    result = result.slice(0, at) + anchor(s.url!, s.title) + result.slice(at + title.length);
  }
  return result;
}

function insideElement(before: string): boolean {
  const count = (pattern: RegExp) => before.match(pattern)?.length ?? 0;
  return /<[^>]*$/.test(before) || count(/<b>/g) > count(/<\/b>/g) || count(/<a /g) > count(/<\/a>/g);
}

/** The passage around a citation: its report and section, then the text as a quote. */
export function renderPassageHtml(view: PassageView): HtmlBlock[] {
  const c = view.citation;
  const title = escapeHtml(citationTitle(c));
  const header = `<b>${isLink(c.url) ? anchor(c.url!, citationTitle(c)) : title}</b>${c.section ? ` · ${escapeHtml(c.section)}` : ""}`;
  return [
    { wrap: null, lines: [header] },
    { wrap: "blockquote", lines: view.text.split(/\r?\n/).filter((l) => l.trim() !== "").map(escapeHtml) },
  ];
}
