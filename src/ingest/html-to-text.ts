/**
 * HTML pages to the plain text ingest quotes from: block elements become line breaks, each table
 * row becomes one line with its cells joined by " | ", scripts, styles and navigation are dropped,
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

/** Extracts the text of an HTML page. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = "";
  let skipDepth = 0;
  // Cells of the table row being read; null outside a row. Nested tables flatten into the outer row.
  let row: string[] | null = null;
  let cell: string | null = null;
  let rowDepth = 0;

  const breakLine = (): void => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) lines.push(t);
    line = "";
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (name === "tr") {
          if (row === null) {
            breakLine();
            row = [];
          }
          rowDepth++;
        } else if (CELLS.has(name) && row !== null && rowDepth === 1) {
          cell = "";
        } else if (row === null && BLOCKS.has(name)) {
          breakLine();
        } else if (cell !== null && name === "br") {
          cell += " ";
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (cell !== null) cell += text;
        else if (row === null) line += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (CELLS.has(name) && row !== null && cell !== null && rowDepth === 1) {
          row.push(cell.replace(/\s+/g, " ").trim());
          cell = null;
        } else if (name === "tr" && row !== null) {
          rowDepth--;
          if (rowDepth === 0) {
            if (row.some((c) => c !== "")) lines.push(row.join(" | "));
            row = null;
            cell = null;
          }
        } else if (row === null && BLOCKS.has(name)) {
          breakLine();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  return lines.join("\n");
}
