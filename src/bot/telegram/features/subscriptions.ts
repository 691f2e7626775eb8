/**
 * Filing-season reminder commands on Telegram: /subscribe [部门|政府] [地区或机关…], /unsubscribe,
 * /subscriptions (each entry with a button that ends it, `u:<entry id>`), /deadlines and
 * /missing <地区> [年份]. Chats are stored as `tg:<chat id>`.
 */
import { Composer, InlineKeyboard, type Context } from "../grammy.ts";
import { answerReminderCommand, TELEGRAM_COMMANDS, type ReminderCommand, type ReminderReply } from "../../../reminders/chat-commands.ts";
import type { Reminders } from "../../../reminders/reminders.ts";
import { entryLine } from "../../../reminders/subscription-replies.ts";

export interface SubscriptionsFeatureDeps {
  reminders: Reminders;
  clock: () => Date;
}

function keyboardOf(reply: ReminderReply): InlineKeyboard | undefined {
  if (reply.unfollowButtons.length === 0) return undefined;
  return InlineKeyboard.from(reply.unfollowButtons.map((b) => [InlineKeyboard.text(b.label, `u:${b.entryId}`)]));
}

export function subscriptionsFeature(deps: SubscriptionsFeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  for (const [command, name] of Object.entries(TELEGRAM_COMMANDS) as Array<[ReminderCommand, string]>) {
    composer.command(name, async (ctx) => {
      const chatId = `tg:${ctx.chat.id}`;
      const reply = await answerReminderCommand(deps.reminders, chatId, command, ctx.match, deps.clock());
      const keyboard = keyboardOf(reply);
      await ctx.reply(reply.text, keyboard ? { reply_markup: keyboard } : {});
    });
  }

  composer.callbackQuery(/^u:(\d+)$/, async (ctx) => {
    const chatId = `tg:${ctx.chat!.id}`;
    const removed = await deps.reminders.removeEntry(chatId, Number(ctx.match[1]));
    await ctx.answerCallbackQuery(removed ? { text: "已退订" } : {});
    const head = removed ? `已退订：\n${entryLine(removed, deps.reminders.calendar)}` : "这项订阅已不存在。";
    const list = await answerReminderCommand(deps.reminders, chatId, "subscriptions", "", deps.clock());
    const keyboard = keyboardOf(list);
    // The list the button sat under is replaced by the list as it is now.
    await ctx.editMessageText(`${head}\n\n${list.text}`, keyboard ? { reply_markup: keyboard } : {});
  });
  return composer;
}
