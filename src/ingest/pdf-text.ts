/**
 * The text layer of a PDF report as lines of text: the only file that reads PDF (through `unpdf`,
 * which bundles Mozilla's PDF.js). Text pieces are grouped into lines by their baseline, left to
 * right; pieces of one line far apart (a table's cells) are joined with ` | `, so a table comes out
 * as the pipe rows the table parsers read (a row whose label wrapped is joined again, see
 * `pdf-table-rows.ts`), and pages follow one another. A PDF with (almost) no text is a scan and
 * throws `IngestError` saying it needs OCR.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { extractTextItems, getDocumentProxy, type StructuredTextItem } from "unpdf";
import { IngestError } from "./ingest-error.ts";
import { joinWrappedRows, type PdfCell, type PdfLine } from "./pdf-table-rows.ts";

// Chinese PDFs often name a font they do not embed (STSong-Light) with a predefined character map
// (UniGB-UCS2-H): PDF.js needs the map files to read such text, and its standard fonts for the
// base-14 ones. Both ship in pdfjs-dist (the version unpdf bundles); PDF.js in Node reads them by
// file path, not by URL.
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const DATA_PATHS = {
  cMapUrl: path.join(PDFJS_DIR, "cmaps") + path.sep,
  cMapPacked: true,
  standardFontDataUrl: path.join(PDFJS_DIR, "standard_fonts") + path.sep,
};

/** A gap of this many font sizes between two pieces of a line separates table cells (a space is about 0.3). */
const CELL_GAP = 0.6;
/** Pieces whose baselines differ by less than this many font sizes are one line. */
const SAME_LINE = 0.4;
/** Fewer readable characters than this per page: the text layer is at most page numbers or a stamp. */
const MIN_CHARS_PER_PAGE = 10;

const READABLE = /[\p{L}\p{N}]/gu;

export function isPdfName(name: string): boolean {
  return /\.pdf$/i.test(name);
}

/** The text of the PDF `bytes` (file `name`, for messages); throws `IngestError` for a scan or an unreadable file. */
export async function pdfText(bytes: Uint8Array, name: string): Promise<string> {
  let pages: StructuredTextItem[][];
  try {
    // A copy: PDF.js may take over the buffer it is given, and the caller still writes these bytes.
    // Its warnings (a damaged file being indexed, a missing font) would go to the console: the
    // outcome is this function's result or error.
    const document = await getDocumentProxy(new Uint8Array(bytes), { ...DATA_PATHS, verbosity: 0 });
    try {
      ({ items: pages } = await extractTextItems(document));
    } finally {
      await document.loadingTask.destroy();
    }
  } catch (error) {
    const reason = (error as Error).name === "PasswordException" ? "已加密，需要密码才能打开" : "不是可以读取的 PDF 文件（可能已损坏）";
    throw new IngestError(`${name} ${reason}。`, { cause: error });
  }
  const text = pages.map(pageLines).filter((page) => page.length > 0).join("\n");
  const readable = text.match(READABLE)?.length ?? 0;
  if (readable < MIN_CHARS_PER_PAGE * Math.max(1, pages.length)) {
    throw new IngestError(`${name} 是扫描件，没有文字层，需要先做文字识别（OCR）。`);
  }
  return text;
}

/** One page's lines, top to bottom, with wrapped table rows joined again. */
function pageLines(items: readonly StructuredTextItem[]): string {
  const pieces = items.filter((item) => item.str.trim().length > 0 && item.dir !== "ttb");
  // PDF's y axis points up: the top line has the largest baseline.
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: StructuredTextItem[][] = [];
  for (const piece of sorted) {
    const line = lines.at(-1);
    const size = Math.max(1, piece.fontSize);
    if (line && Math.abs(line[0]!.y - piece.y) < SAME_LINE * size) line.push(piece);
    else lines.push([piece]);
  }
  return joinWrappedRows(lines.map(cellsOf))
    .map((line) => line.cells.map((c) => c.text).join(" | "))
    .join("\n");
}

/** A line's cells: its pieces left to right, joined where they are closer than a cell gap. */
function cellsOf(line: StructuredTextItem[]): PdfLine {
  const ordered = [...line].sort((a, b) => a.x - b.x);
  const first = ordered[0]!;
  const cells: PdfCell[] = [{ x0: first.x, x1: first.x + first.width, text: first.str.trim() }];
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1]!;
    const piece = ordered[i]!;
    const gap = piece.x - (previous.x + previous.width);
    const size = Math.max(1, Math.min(previous.fontSize, piece.fontSize));
    const cell = cells.at(-1)!;
    if (gap >= CELL_GAP * size) cells.push({ x0: piece.x, x1: piece.x + piece.width, text: piece.str.trim() });
    else {
      // Justified Chinese spreads its characters apart: only Latin words and numbers get their space back.
      const spaced = gap >= 0.2 * size && /[A-Za-z0-9]$/.test(cell.text) && /^[A-Za-z0-9]/.test(piece.str.trim());
      cell.text += `${spaced ? " " : ""}${piece.str.trim()}`;
      cell.x1 = piece.x + piece.width;
    }
  }
  return { y: first.y, size: Math.max(1, first.fontSize), cells };
}
