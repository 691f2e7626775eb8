/**
 * A chat-state store held in memory: for one-off runs (the ask and eval command lines, benchmarks)
 * whose chats must not outlive the process or leak into the database.
 */
import type { ChatState, ChatStateStore } from "./report-source.ts";

export function createMemoryChatStateStore(): ChatStateStore {
  const states = new Map<string, ChatState>();
  return {
    async load(chatId) {
      return states.get(chatId) ?? null;
    },
    async save(chatId, state) {
      states.set(chatId, { ...state, reportIds: [...state.reportIds] });
    },
  };
}
