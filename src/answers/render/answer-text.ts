/**
 * The pieces of an answer's text: figures with unit and 约/余 marker in **bold**, citation lines
 * and "> " quote lines. Fronts turn the light markup into their channel's format.
 */
import type { Citation } from "../answer.ts";
import type { StoredFigure } from "../report-source.ts";
import { simplified } from "../../text/simplified.ts";
import { isCellLabel } from "../../domain/table-cell.ts";

const QUOTE_LIMIT = 400;

/** A figure as written in answers: **1838余人次**, **约3万元**, **13条**. */
export function figureText(f: StoredFigure): string {
  return `**${plainFigure(f)}**`;
}

/** A figure without markup, for breakdown lists. */
export function plainFigure(f: StoredFigure): string {
  if (!f.approximate) return `${f.value}${f.unit}`;
  // Keep the report's own marker: 1838余人次 stays 余, 近/约 read as 约 before the number.
  const marker = trailingMarker(f);
  if (!marker) return `约${f.value}${f.unit}`;
  // 1.2万余条 keeps 余 after 万: the unit's 万 goes before the marker.
  const large = /^[万亿]/.exec(f.unit)?.[0] ?? "";
  return `${f.value}${large}${marker}${f.unit.slice(large.length)}`;
}

/**
 * A figure's label without the column a table row's total carries (`… · 总计`); `inGroup` also
 * drops the group a sub-row is filed under (`不予公开：保护第三方合法权益` → `保护第三方合法权益`).
 */
export function figureName(f: StoredFigure, inGroup = false): string {
  const name = simplified(f.label).replace(/\s*·\s*总计$/, "");
  return inGroup ? name.replace(/^[^：:]*[：:]/, "") : name;
}

const WRITTEN_NUMBER = "[\\d.,〇零一二两三四五六七八九十百千万亿]+";

// The 余/多 after the figure as the quote writes it (一千三百余条, 1838余人次, 1.2万余条), found
// after the figure's label, else after its digits.
function trailingMarker(f: StoredFigure): string | null {
  const unitHead = escape(f.unit.replace(/^[万亿]/, "").slice(0, 1));
  const afterLabel = new RegExp(`${escape(f.label)}[^,，。;；、]{0,6}?${WRITTEN_NUMBER}\\s*(?:[万亿]\\s*)?(余|多)\\s*(?:[万亿]\\s*)?${unitHead}`);
  const afterValue = new RegExp(`${escape(String(f.value))}\\s*(?:[万亿]\\s*)?(余|多)`);
  return afterLabel.exec(f.quote)?.[1] ?? afterValue.exec(f.quote)?.[1] ?? null;
}

/** "凉州区科学技术局2021年年报" as answers name what they understood. */
export function reportName(agency: string, year: number | null): string {
  return year === null ? `${agency}年报` : `${agency}${year}年年报`;
}

/**
 * The citation as text: a source line naming the report by its title (its file name is for tools
 * only), the section and the report's web address when known; for a table row, the cell's row and
 * column; then the quote, one "> " line per quoted line.
 */
export function citationText(c: Citation): string {
  const where = [`《${citationTitle(c)}》`, c.section, c.url ?? ""].filter((s) => s.length > 0).join(" · ");
  const lines = [`出处：${where}`];
  if (c.cell) lines.push(`表中「${c.cell}」所在行：`);
  for (const line of shownQuote(clip(c.row ?? c.quote)).split("\n")) if (line.trim().length > 0) lines.push(`> ${line.trim()}`);
  return lines.join("\n");
}

/** A quote as a reader sees it: a row copied with tab-parted cells gets the pipes of other flattened rows. */
export function shownQuote(quote: string): string {
  return quote.replace(/ *\t */g, " | ");
}

/** The title a reader sees for a cited report: its own, else its agency and year. */
export function citationTitle(c: Pick<Citation, "title" | "agency" | "year">): string {
  return c.title.trim() || reportName(c.agency ?? "", c.year).replace(/^年报$/, "政府信息公开工作年度报告");
}

/** A figure read from a table row named by its row and column (`行政复议 · 结果维持：0`), or null for a sentence's figure. */
export function tableCell(f: StoredFigure): string | null {
  if (!isCellLabel(f.label)) return null;
  return `${simplified(f.label)}：${f.value}`;
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
