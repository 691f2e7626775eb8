/**
 * The answer engine the `ask` and `eval` commands run: over the store, with chats kept in memory
 * for this run only, and the clock `--now YYYY-MM-DD` fixes (noon that day, local time) or the
 * wall clock when the option is absent.
 */
import type { AnswerEngine } from "../answers/answer.ts";
import { createCatalogCache } from "../answers/catalog/catalog-cache.ts";
import { createAnswerEngine } from "../answers/create-answer-engine.ts";
import { createMemoryChatStateStore } from "../answers/memory-chat-state.ts";
import type { Store } from "../store/db.ts";
import { createReportSource } from "../store/report-source.ts";

/** The clock of a `--now` value, or why the value is refused. */
export function clockOfNowOption(value: string | undefined): { clock: () => Date } | { error: string } {
  if (!value) return { clock: () => new Date() };
  const now = new Date(`${value}T12:00:00`);
  if (Number.isNaN(now.getTime())) return { error: `--now must be YYYY-MM-DD, got ${value}` };
  return { clock: () => now };
}

/**
 * The engine of a command: it answers once the near-match search is filled, so a command's answers
 * are what a warm server's are (a server answers from the exact look-ups until then).
 */
export function createCliEngine(store: Store, clock: () => Date): AnswerEngine {
  const source = createReportSource(store.db);
  const catalog = createCatalogCache(source);
  const engine = createAnswerEngine({ source, chats: createMemoryChatStateStore(), now: clock, catalog });
  return {
    ...engine,
    async ask(chatId, question) {
      await (await catalog.current()).search.ready({ hurry: true });
      return engine.ask(chatId, question);
    },
  };
}
