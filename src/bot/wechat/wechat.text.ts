/**
 * Answers as WeChat plain text (markup stripped, quotes in 「」, sources listed) and the byte-bounded
 * cut of a passive reply: WeChat drops text beyond about 2048 UTF-8 bytes.
 */
import type { Answer } from "../../answers/answer.ts";
import { parseAnswerMarkup, plainLine, sourceLines } from "../answer-markup.ts";
import { listedCandidates } from "./wechat-followups.ts";

/** Byte budget of one passive text reply. */
export const PASSIVE_REPLY_BYTES = 2048;

/** The keyword that fetches the rest of a long answer. */
export const MORE_KEYWORD = "更多";

const MORE_POINTER = `\n\n（内容较长，回复“${MORE_KEYWORD}”查看余下部分）`;

/** The line under a list of agencies to pick from, which WeChat users answer by typing. */
export const PICK_HINT = "回复序号（如“1”）或能区分的名称即可选择。";

export function renderAnswerText(answer: Answer): string {
  // Listed agencies are numbered, so a reply of 1 or 2 picks one (there are no buttons).
  const listed = listedCandidates(answer).length > 0;
  let n = 0;
  const paragraphs = parseAnswerMarkup(answer.text).map((block) =>
    block.lines
      .map((line) => (block.kind === "quote" ? `「${plainLine(line)}」` : plainLine(line)))
      .map((line) => (listed && line.startsWith("- ") ? `${++n}. ${line.slice(2)}` : line))
      .join("\n"),
  );
  if (listed) paragraphs.push(PICK_HINT);
  // A figure ranked close behind is offered right under the answer's own lines, before its first source.
  const choices = choiceLines(answer);
  if (choices.length > 0) {
    const at = Math.max(0, paragraphs.findIndex((p) => p.includes("出处：")));
    const lines = paragraphs[at]!.split("\n");
    const source = lines.findIndex((l) => l.startsWith("出处："));
    lines.splice(source < 0 ? lines.length : source, 0, ...choices);
    paragraphs[at] = lines.join("\n");
  }
  // A source the text names already carries its web address on its 出处 line.
  const sources = sourceLines(answer)
    .filter((s) => !s.named)
    .map((s) => `来源：${s.title}${s.section ? ` · ${s.section}` : ""}${s.url ? `\n${s.url}` : ""}`);
  if (sources.length > 0) paragraphs.push(sources.join("\n"));
  return paragraphs.join("\n\n");
}

/** One line per figure the answer offers as a choice, numbered as the reply that picks it (`回复“1”查看…`). */
export function choiceLines(answer: Answer): string[] {
  return (answer.choices ?? []).map((c, i) => `回复“${i + 1}”查看${c.label}${answer.year === null && c.year !== null ? `（${c.year}年）` : ""}。`);
}

/** Splits `text` into the first reply (with a pointer when more follows) and the rest, or null. */
export function cutForReply(text: string, maxBytes = PASSIVE_REPLY_BYTES): { reply: string; rest: string | null } {
  if (byteLength(text) <= maxBytes) return { reply: text, rest: null };
  const head = cutAtBoundary(text, maxBytes - byteLength(MORE_POINTER));
  return { reply: head.trimEnd() + MORE_POINTER, rest: text.slice(head.length).trimStart() };
}

/** The longest prefix within `maxBytes`, ending at a paragraph break, else a line break, else a whole character. */
function cutAtBoundary(text: string, maxBytes: number): string {
  let end = 0;
  let bytes = 0;
  for (const char of text) {
    const size = byteLength(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  const prefix = text.slice(0, end);
  for (const separator of ["\n\n", "\n"]) {
    const at = prefix.lastIndexOf(separator);
    if (at > 0) return text.slice(0, at + separator.length);
  }
  return prefix;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
