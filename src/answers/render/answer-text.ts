/**
 * The pieces of an answer's text: figures with unit and 约/余 marker in **bold**, citation lines
 * and "> " quote lines. Fronts turn the light markup into their channel's format.
 */
import type { Citation } from "../answer.ts";
import type { StoredFigure } from "../report-source.ts";

const QUOTE_LIMIT = 400;

/** A figure as written in answers: **1838余人次**, **约3万元**, **13条**. */
export function figureText(f: StoredFigure): string {
  return `**${plainFigure(f)}**`;
}

/** A figure without markup, for breakdown lists. */
export function plainFigure(f: StoredFigure): string {
  if (!f.approximate) return `${f.value}${f.unit}`;
  // Keep the report's own marker: 1838余人次 stays 余, 近/约 read as 约 before the number.
  const after = new RegExp(`${escape(String(f.value))}\\s*(余|多)`).exec(f.quote)?.[1];
  return after ? `${f.value}${after}${f.unit}` : `约${f.value}${f.unit}`;
}

/** "凉州区科学技术局2021年年报" as answers name what they understood. */
export function reportName(agency: string, year: number | null): string {
  return year === null ? `${agency}年报` : `${agency}${year}年年报`;
}

/** The citation as text: a source line and the quote, one "> " line per quoted line. */
export function citationText(c: Citation): string {
  const where = [`《${c.title}》`, c.source, c.section].filter((s) => s.length > 0).join(" · ");
  const lines = [`出处：${where}${c.url ? ` ${c.url}` : ""}`];
  for (const line of clip(c.quote).split("\n")) if (line.trim().length > 0) lines.push(`> ${line.trim()}`);
  return lines.join("\n");
}

function clip(quote: string): string {
  if (quote.length <= QUOTE_LIMIT) return quote;
  // Cut at a sentence end so the shown quote stays a verbatim run of the source.
  const cut = quote.slice(0, QUOTE_LIMIT);
  const end = Math.max(cut.lastIndexOf("。"), cut.lastIndexOf(";"), cut.lastIndexOf("；"));
  return end > 40 ? cut.slice(0, end + 1) : cut;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
