/**
 * The original text of a source file other than a PDF: its bytes decoded, and of an HTML page
 * the text (`html-to-text.ts`). What the rest of parsing reads and every quote comes from. A
 * module of its own, light to load: a thread that only reads files for a parse pool
 * (`readsText`) loads no more of the parser than this.
 */
import { decodeBytes, type DecodedText } from "./decode.ts";
import { htmlPage, looksLikeHtml } from "./html-to-text.ts";

/** A file's original text and the encoding its bytes were read in ("pdf" for a PDF's text layer). */
export interface OriginalText {
  original: string;
  encoding: string;
  /** Of an HTML page's text, where its markup parts characters side by side (`html-to-text.ts`); else none. */
  seams?: number[];
}

/** The original text of the file `name` holding `bytes`; throws `IngestError` for empty or binary input. */
export function readOriginal(bytes: Uint8Array, name: string): OriginalText {
  return originalOf(decodeBytes(bytes), name);
}

/** The original text of a decoded file: an HTML page's text (`.html`/`.htm`, or markup), else the text itself. */
export function originalOf(decoded: DecodedText, name: string): OriginalText {
  if (!looksLikeHtml(name, decoded.text)) return { original: decoded.text, encoding: decoded.encoding };
  const page = htmlPage(decoded.text);
  return { original: page.text, encoding: decoded.encoding, seams: page.seams };
}
