/**
 * HTML pages to the plain text ingest quotes from: block elements become line breaks, each table
 * row of a data table becomes one line with its cells joined by " | " (tables that only lay out the
 * page read as text), scripts, styles and navigation are dropped,
 * entities are decoded, and runs of whitespace collapse to one space.
 */
import { Parser } from "htmlparser2";

const SKIPPED = new Set(["script", "style", "noscript", "nav", "template", "svg", "iframe", "select", "button"]);
const BLOCKS = new Set([
  "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header",
  "footer", "table", "thead", "tbody", "tfoot", "blockquote", "pre", "dd", "dt", "dl", "hr", "form", "center",
  "title", "caption", "main", "aside", "address", "figure", "figcaption",
]);
const CELLS = new Set(["td", "th"]);

/** True for `.html`/`.htm` names, or text that opens like an HTML document. */
export function looksLikeHtml(name: string, text: string): boolean {
  if (/\.html?$/i.test(name)) return true;
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || (/<(body|table|p|div)[\s>]/.test(head) && /<\/(p|div|td|body)>/.test(text));
}

/**
 * A table being read. A table is data until a table opens inside one of its cells: then it is page
 * layout (old sites set the whole page in nested tables), and its cells read as blocks of text. A
 * row whose only cell, or a cell longer than any data cell, holds paragraphs lays out the page too.
 */
interface TableFrame {
  layout: boolean;
  /** Cells of the row being read; null outside a row. */
  row: string[] | null;
  /** Text of the cell being read; null outside a cell. */
  cell: string | null;
}

/**
 * The text of an HTML page with its seams: the offsets where two characters side by side in the
 * text stand apart in the page's markup (一个<span>182</span>, an entity such as &ldquo;), so no run
 * of the page's source holds both. A quote that must be found in the source keeps within a seam.
 */
export interface HtmlText {
  text: string;
  seams: number[];
}

// Where one piece of text read ends and the next begins; gone from the text once its offset is taken.
const SEAM = "\uE000";
// Where a block element opens or closes inside a table cell: a line break if the cell lays out the page.
const CELL_BLOCK = "\uE001";
const BLANK_RUN = /[\s\uE000]*\s[\s\uE000]*/g;
const EDGE_MARKS = /^[\s\uE000]+|[\s\uE000]+$/g;
// Longer than any cell of a data table: a cell holding paragraphs of this much is the page's text.
const LAYOUT_CELL_CHARS = 200;

/**
 * `text` with each run of blanks as one space and none at its ends. Markup among the blanks is a
 * seam still: a run of the source never holds the characters on either side.
 */
function tidy(text: string): string {
  return text.replace(BLANK_RUN, (run) => (run.includes(SEAM) ? ` ${SEAM}` : " ")).replace(EDGE_MARKS, "");
}

/** Extracts the text of an HTML page. */
export function htmlToText(html: string): string {
  return htmlPage(html).text;
}

/** Extracts the text of an HTML page with its seams. */
export function htmlPage(html: string): HtmlText {
  const lines: string[] = [];
  let line = "";
  let skipDepth = 0;
  const tables: TableFrame[] = [];
  // The innermost table whose rows are collected as cells, if the text being read is in one.
  const dataTable = (): TableFrame | null => {
    const top = tables.at(-1);
    return top && !top.layout ? top : null;
  };

  const breakLine = (): void => {
    const t = tidy(line);
    if (t) lines.push(t);
    line = "";
  };
  const pushRow = (row: string[]): void => {
    const layout = row.some((c) => c.includes(CELL_BLOCK) && (row.length === 1 || c.length > LAYOUT_CELL_CHARS));
    if (layout) {
      for (const cell of row) for (const block of cell.split(CELL_BLOCK)) {
        line = block;
        breakLine();
      }
      return;
    }
    const cells = row.map((c) => tidy(c.replaceAll(CELL_BLOCK, " ")));
    // The cells' join is no run of the page either: a seam opens each cell after the first.
    if (cells.some((c) => c !== "")) lines.push(cells.join(` | ${SEAM}`));
  };
  // A table inside a cell makes the outer table layout: what its row held so far is text of the page.
  const becomeLayout = (frame: TableFrame): void => {
    for (const c of [...(frame.row ?? []), frame.cell ?? ""]) for (const block of c.split(CELL_BLOCK)) {
      line = block;
      breakLine();
    }
    frame.layout = true;
    frame.row = null;
    frame.cell = null;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        const table = dataTable();
        if (name === "table") {
          if (table?.cell != null) becomeLayout(table);
          breakLine();
          tables.push({ layout: false, row: null, cell: null });
        } else if (table && name === "tr") {
          if (table.row !== null) pushRow(table.row);
          table.row = [];
          table.cell = null;
        } else if (table && CELLS.has(name)) {
          table.row ??= [];
          table.cell = "";
        } else if (table?.cell != null) {
          if (BLOCKS.has(name)) table.cell += CELL_BLOCK;
        } else if (BLOCKS.has(name) || name === "tr" || CELLS.has(name)) {
          breakLine();
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        const table = dataTable();
        // Each call is one run of the source: text between tags, or one decoded entity.
        if (table?.cell != null) table.cell += SEAM + text;
        else if (!table || table.row === null) line += SEAM + text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        const table = dataTable();
        if (name === "table") {
          if (table?.row) pushRow(table.row);
          tables.pop();
          breakLine();
        } else if (table && CELLS.has(name)) {
          if (table.row !== null && table.cell !== null) table.row.push(table.cell);
          table.cell = null;
        } else if (table && name === "tr") {
          if (table.row !== null) pushRow(table.row);
          table.row = null;
          table.cell = null;
        } else if (table?.cell != null) {
          if (BLOCKS.has(name)) table.cell += CELL_BLOCK;
        } else if (BLOCKS.has(name) || name === "tr" || CELLS.has(name)) {
          breakLine();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  // A line break is markup in the page: a run of its source holds no characters of two lines.
  return withoutSeams(lines.join(`\n${SEAM}`));
}

/** `marked` without its seam marks, and where each stood. */
function withoutSeams(marked: string): HtmlText {
  const seams: number[] = [];
  let text = "";
  let from = 0;
  for (let at = marked.indexOf(SEAM); at >= 0; at = marked.indexOf(SEAM, from)) {
    text += marked.slice(from, at);
    if (seams.at(-1) !== text.length) seams.push(text.length);
    from = at + 1;
  }
  return { text: text + marked.slice(from), seams };
}
