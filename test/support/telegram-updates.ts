/** Builders of Telegram updates for tests. */
import type { Update, UserFromGetMe } from "grammy/types";

export const BOT_INFO: UserFromGetMe = {
  id: 42,
  is_bot: true,
  first_name: "年报助手",
  username: "nianbao_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

let nextUpdateId = 1000;
let nextMessageId = 500;

function user(id: number) {
  return { id, is_bot: false, first_name: `用户${id}` };
}

/** A text message in a private chat with user `chatId`, or from user 1 in group `chatId` when it is negative. */
export function textUpdate(chatId: number, text: string, updateId = nextUpdateId++): Update {
  const entities = text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
  return { update_id: updateId, message: { ...messageHead(chatId), text, ...(entities ? { entities } : {}) } } as Update;
}

/** What every message says of where it was sent: a private chat with `chatId`, or group `chatId` (negative) from user 1. */
function messageHead(chatId: number) {
  return {
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: chatId < 0 ? { id: chatId, type: "group", title: "群组" } : { id: chatId, type: "private", first_name: `用户${chatId}` },
    from: user(chatId < 0 ? 1 : chatId),
  };
}

export function callbackUpdate(chatId: number, data: string, updateId = nextUpdateId++): Update {
  return {
    update_id: updateId,
    callback_query: {
      id: `cb${updateId}`,
      from: user(chatId),
      chat_instance: "ci",
      data,
      message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private", first_name: "x" }, text: "…" },
    },
  } as Update;
}

export function documentUpdate(chatId: number, fileId: string, fileName: string, size: number, updateId = nextUpdateId++): Update {
  return {
    update_id: updateId,
    message: {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private", first_name: "x" },
      from: user(chatId),
      document: { file_id: fileId, file_unique_id: `u${fileId}`, file_name: fileName, file_size: size },
    },
  } as Update;
}

/** A message without text in a private chat: a photo, a voice note or a sticker. */
export function mediaUpdate(chatId: number, kind: "photo" | "voice" | "sticker", updateId = nextUpdateId++): Update {
  const file = { file_id: `f${updateId}`, file_unique_id: `u${updateId}` };
  const media =
    kind === "photo"
      ? { photo: [{ ...file, width: 90, height: 90 }] }
      : kind === "voice"
        ? { voice: { ...file, duration: 3 } }
        : { sticker: { ...file, type: "regular", width: 512, height: 512, is_animated: false, is_video: false } };
  return { update_id: updateId, message: { ...messageHead(chatId), ...media } } as Update;
}

/** An inline query (`@bot 问题`) from user `userId`. */
export function inlineQueryUpdate(userId: number, query: string, updateId = nextUpdateId++): Update {
  return { update_id: updateId, inline_query: { id: `iq${updateId}`, from: user(userId), query, offset: "" } } as Update;
}
