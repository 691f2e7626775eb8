/**
 * Packing rendered HTML blocks into Telegram messages of at most 4096 characters: cuts fall
 * between blocks (paragraphs), else between lines of a block (re-opening its wrapper), and only a
 * single over-long line is cut inside, between characters and outside any tag or entity.
 */
import type { HtmlBlock } from "./answer-html.ts";

/** Telegram's limit on one message's text. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

export function splitMessage(blocks: HtmlBlock[], limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = "";
  const push = (piece: string) => {
    if (current === "") current = piece;
    else if (current.length + 2 + piece.length <= limit) current += `\n\n${piece}`;
    else {
      messages.push(current);
      current = piece;
    }
  };
  for (const block of blocks) {
    for (const piece of blockPieces(block, limit)) push(piece);
  }
  if (current !== "") messages.push(current);
  return messages;
}

function wrap(block: HtmlBlock, lines: string[]): string {
  const body = lines.join("\n");
  return block.wrap ? `<${block.wrap}>${body}</${block.wrap}>` : body;
}

/** The block as one piece when it fits, else as several pieces each within `limit`. */
function blockPieces(block: HtmlBlock, limit: number): string[] {
  const whole = wrap(block, block.lines);
  if (whole.length <= limit) return [whole];
  const overhead = block.wrap ? block.wrap.length * 2 + 5 : 0;
  const room = limit - overhead;
  const pieces: string[] = [];
  let group: string[] = [];
  let size = 0;
  for (const l of block.lines.flatMap((l) => (l.length <= room ? [l] : cutLine(l, room)))) {
    if (group.length > 0 && size + 1 + l.length > room) {
      pieces.push(wrap(block, group));
      group = [];
      size = 0;
    }
    size += (group.length > 0 ? 1 : 0) + l.length;
    group.push(l);
  }
  if (group.length > 0) pieces.push(wrap(block, group));
  return pieces;
}

/** Cuts one HTML line into well-formed parts: tags are closed before a cut and reopened after it. */
function cutLine(html: string, room: number): string[] {
  const tokens = html.match(/<[^>]+>|&[a-z]+;|[\s\S]/gu) ?? [];
  const parts: string[] = [];
  const open: string[] = [];
  let current = "";
  const closing = () => open.map((t) => `</${/^<(\w+)/.exec(t)![1]}>`).reverse().join("");
  for (const token of tokens) {
    if (current.length + token.length + closing().length > room && current !== open.join("")) {
      parts.push(current + closing());
      current = open.join("");
    }
    current += token;
    if (token.startsWith("</")) open.pop();
    else if (token.startsWith("<")) open.push(token);
  }
  if (current !== "") parts.push(current + closing());
  return parts;
}
