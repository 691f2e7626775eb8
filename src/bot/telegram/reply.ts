/** Sending rendered HTML to a chat: split into messages, buttons under the last one. */
import type { Context, InlineKeyboard } from "./grammy.ts";
import type { HtmlBlock } from "./answer-html.ts";
import { splitMessage } from "./split-message.ts";

export async function replyHtml(ctx: Context, blocks: HtmlBlock[], keyboard?: InlineKeyboard): Promise<void> {
  const messages = splitMessage(blocks);
  for (const [i, text] of messages.entries()) {
    const last = i === messages.length - 1;
    await ctx.reply(text, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(last && keyboard && keyboard.inline_keyboard.length > 0 ? { reply_markup: keyboard } : {}),
    });
  }
}
