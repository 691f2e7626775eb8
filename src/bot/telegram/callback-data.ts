/**
 * Callback data of inline buttons (Telegram allows at most 64 bytes):
 * - `p:<reportId>:<start>` shows a passage;
 * - `a:<reportId>[:<question id>]` asks about that report's agency and year, with the remembered
 *   question of the message the button sits under while the process keeps it;
 * - `y:<year>` (from messages sent before buttons named reports) asks for another year of the
 *   chat's latest agency;
 * - `q:<id>` asks a remembered question, `x:<index>` an example question;
 * - `r:<page>:<filter>` pages the report list, `rp:<reportId>` opens one report of it;
 * - `c:<reportId>:<figure key>` answers with a figure an answer offered as a choice.
 */
import { randomBytes } from "node:crypto";

export const CALLBACK_DATA_BYTES = 64;

/** The button data that asks about a report's agency and year (`a:<reportId>`). */
export function askReportData(reportId: number): string {
  return `a:${reportId}`;
}

/** The button data that answers with figure `figureKey` of report `reportId` (`c:12:f34`). */
export function choiceData(reportId: number, figureKey: string): string {
  return `c:${reportId}:${figureKey}`;
}

/** True when `data` fits Telegram's callback-data limit. */
export function fitsCallbackData(data: string): boolean {
  return Buffer.byteLength(data, "utf8") <= CALLBACK_DATA_BYTES;
}

/**
 * Questions behind `q:` buttons, kept in memory (bounded, oldest dropped): a button pressed after
 * a restart or long after finds nothing and the user is asked to ask again.
 */
export class QuestionMemo {
  private readonly entries = new Map<string, string>();
  private next = 0;
  // Ids start with a per-process prefix, so a button from before a restart never recalls another question.
  private readonly prefix = randomBytes(3).toString("hex");
  constructor(private readonly capacity = 10_000) {}

  /** Remembers a question; the `q:` button data that asks it. */
  remember(question: string): string {
    return `q:${this.keep(question)}`;
  }

  /** Remembers a question; its bare id, for data that names something else too. */
  keep(question: string): string {
    const id = this.prefix + (this.next++).toString(36);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(id, question);
    return id;
  }

  recall(id: string): string | undefined {
    return this.entries.get(id);
  }
}
