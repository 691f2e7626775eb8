/**
 * Sending rendered HTML to a chat: split into messages, buttons under the last one. In a group
 * the first message replies to the asker's message, so the answer is seen as theirs.
 */
import type { Context, InlineKeyboard } from "./grammy.ts";
import type { HtmlBlock } from "./answer-html.ts";
import { splitMessage } from "./split-message.ts";

export async function replyHtml(ctx: Context, blocks: HtmlBlock[], keyboard?: InlineKeyboard): Promise<void> {
  const messages = splitMessage(blocks);
  const asked = ctx.chat?.type !== "private" ? ctx.message?.message_id : undefined;
  for (const [i, text] of messages.entries()) {
    const last = i === messages.length - 1;
    await ctx.reply(text, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      // The question may be deleted meanwhile: the answer goes out anyway.
      ...(i === 0 && asked !== undefined ? { reply_parameters: { message_id: asked, allow_sending_without_reply: true } } : {}),
      ...(last && keyboard && keyboard.inline_keyboard.length > 0 ? { reply_markup: keyboard } : {}),
    });
  }
}
