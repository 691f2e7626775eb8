/**
 * Header fields of a report: its 索引号 and its publication date (`发布日期`, `时间:2013-03-22`).
 * A date more than two years after the covered year is a mirror page's posting date, not the
 * report's publication, and is left out.
 */
import { headerLabelPattern } from "../text/header-fields.ts";
import { fieldValue } from "./labelled-fields.ts";
import { isSectionHeading } from "./report-headings.ts";
import type { TextLine } from "./text-lines.ts";

const DATE_LABEL = new RegExp(headerLabelPattern(["posted", "created"]));
// A year may be written by its last two digits before 年 (发布时间:21年01月29日).
const DATE_VALUE = /((?:19|20)\d{2}|(?<!\d)\d{2}(?=\s*年))\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const DATES = new RegExp(`(?:${DATE_LABEL.source}|日期|时间)\\s*[:：]?\\s*${DATE_VALUE.source}`, "g");
const CREATED = /^(?:生成|成文)/;
// A header line opening with the day the page was posted, unlabelled, before the page's other
// fields (2022-01-28 发布机构:侯家庄乡 浏览次数:30).
export const BARE_DATE = new RegExp(`^\\s*${DATE_VALUE.source}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+(?=${headerLabelPattern(["publisher", "source", "counter", "page"])})`);

// A line that is only a date, in brackets or not, under a report's title ((2024年1月18日)): the day it was issued.
const DATE_LINE = new RegExp(`^\\s*[(（]?\\s*${DATE_VALUE.source}\\s*日?\\s*[)）]?\\s*$`);

/** Lines from the top a date line alone is looked for in, where no section heading closes the header first. */
const DATE_LINE_REACH = 8;

// Labels that open a sentence as often as a field (来源于…, 名称 of a table) head a field line only before its colon or cell.
const OPENS_FIELD_ALONE = headerLabelPattern(["index", "publisher", "posted", "created"]);
const OPENS_FIELD_WITH_MARK = `${headerLabelPattern(["source", "document", "filing", "updated"])}|时间`;

/** Lines that carry header fields rather than report text. */
export const METADATA_LINE = new RegExp(`^(?:${OPENS_FIELD_ALONE}|(?:${OPENS_FIELD_WITH_MARK})\\s*[:：|])`);

// The label may be spaced out (索 引 号) to fill its cell.
const INDEX_LABEL = /索\s*引\s*号/;
const INDEX_VALUE = /^[0-9A-Za-z][0-9A-Za-z\-/_.]*$/;
// A row of label and value cells (索引号 | 002482285/2023-00209 | 发布机构 | …): the value in the
// cell right after its label, holding a digit (a label's neighbour may be the next label).
const INDEX_CELL = new RegExp(`${INDEX_LABEL.source}\\s*[:：]?\\s*\\|\\s*([0-9A-Za-z][0-9A-Za-z\\-/_.]*\\d[0-9A-Za-z\\-/_.]*)\\s*(?:\\||$)`);
// A header line of fields set apart by spaces alone (索引号 000014349/2022-00272 文 号), or none (索引号000357499/2023-388): the code right
// after its label, joined by / or - as an index number is (a bare number may be the next field's).
const INDEX_SPACED = new RegExp(`${INDEX_LABEL.source}\\s*[:：]?\\s*([0-9A-Za-z]+(?:[/-][0-9A-Za-z]+)+)(?=\\s|$)`);

/** The report's 索引号, or null. */
export function findIndexNumber(lines: readonly TextLine[]): string | null {
  const head = lines.slice(0, 12);
  const value = fieldValue(head, INDEX_LABEL);
  if (value && INDEX_VALUE.test(value)) return value;
  for (const line of head) {
    const m = INDEX_CELL.exec(line.text) ?? INDEX_SPACED.exec(line.text);
    if (m && /\d/.test(m[1]!)) return m[1]!;
  }
  return null;
}

/**
 * The publication date as `YYYY-MM-DD` and the line that writes it (the field's own line, or the
 * row of values under its header row); null when none is stated or it cannot be the report's.
 */
export function findPublishedLine(lines: readonly TextLine[], year: number | null): { date: string; line: TextLine } | null {
  // A mirror's posting date is passed over for the day the report was drawn up, where the page gives both.
  const dated = datedLines(lines).find(({ date }) => year === null || (date.year >= year && date.year <= year + 2));
  return dated ? { date: dated.date.text, line: dated.line } : null;
}

type DatedLine = { date: { year: number; text: string }; line: TextLine };

/**
 * The header line that dates the page (发布日期, 公开日期), whatever year it names: a mirror page's
 * posting date is no publication date of the report, but still what the page says it was posted on.
 */
export function findDateLine(lines: readonly TextLine[]): DatedLine | null {
  return datedLines(lines)[0] ?? null;
}

/**
 * The dates the page's header gives, the days it was posted (发布时间, 时间) before the days the
 * document was drawn up (生成日期, 成文日期), each in the order written.
 */
function datedLines(lines: readonly TextLine[]): DatedLine[] {
  const head = headerLines(lines);
  const posted: DatedLine[] = [];
  const created: DatedLine[] = [];
  // A date line alone stands under the title, before the report's first section; one at its end signs it.
  const opening = head.findIndex((l) => isSectionHeading(l.text));
  for (const [i, line] of head.entries()) {
    // A header table flattened into cells puts the label and the date in neighbouring cells.
    // The period the figures cover (统计时间:2022年1月1日至…) dates no page.
    if (PERIOD.test(line.text)) continue;
    const cells = line.text.replace(/\s*\|\s*/g, " ");
    for (const m of cells.matchAll(DATES)) {
      const date = dateOf(m);
      if (date !== undefined) (CREATED.test(m[0]) ? created : posted).push({ date, line });
    }
    const bare = BARE_DATE.exec(cells) ?? (i < (opening < 0 ? DATE_LINE_REACH : opening) ? DATE_LINE.exec(cells) : null);
    const date = bare ? dateOf(bare) : undefined;
    if (date !== undefined) posted.push({ date, line });
  }
  if (posted.length + created.length > 0) return [...posted, ...created];
  // A header row naming its fields (索引号 | 发布机构 | 生成日期) over a row of their values.
  const value = fieldValue(head, DATE_LABEL);
  const m = value === null ? null : DATE_VALUE.exec(value);
  const date = m ? dateOf(m) : undefined;
  const line = date ? head.find((l) => l.text.includes(m![0])) : undefined;
  return date && line ? [{ date, line }] : [];
}

// A site's menus may fill the lines above the report's header: it runs to the first numbered section.
const MIN_HEADER_LINES = 12;
const MAX_HEADER_LINES = 30;
const PERIOD = /统计|截至|截止/;

function headerLines(lines: readonly TextLine[]): readonly TextLine[] {
  const section = lines.findIndex((l, i) => i >= MIN_HEADER_LINES && (isSectionHeading(l.text) || i >= MAX_HEADER_LINES));
  return lines.slice(0, section < 0 ? lines.length : section);
}

function dateOf(m: RegExpExecArray): { year: number; text: string } | undefined {
  const [yy, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const y = yy < 100 ? 2000 + yy : yy;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return { year: y, text: `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}
