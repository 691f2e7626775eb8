/**
 * Filing-season reminder commands on Telegram: /subscribe [部门|政府] [地区或机关…], /unsubscribe,
 * /subscriptions, /deadlines and /missing <地区> [年份]. Chats are stored as `tg:<chat id>`.
 */
import { Composer, type Context } from "../grammy.ts";
import { answerReminderCommand, TELEGRAM_COMMANDS, type ReminderCommand } from "../../../reminders/chat-commands.ts";
import type { Reminders } from "../../../reminders/reminders.ts";

export interface SubscriptionsFeatureDeps {
  reminders: Reminders;
  clock: () => Date;
}

export function subscriptionsFeature(deps: SubscriptionsFeatureDeps): Composer<Context> {
  const composer = new Composer<Context>();
  for (const [command, name] of Object.entries(TELEGRAM_COMMANDS) as Array<[ReminderCommand, string]>) {
    composer.command(name, async (ctx) => {
      const chatId = `tg:${ctx.chat.id}`;
      await ctx.reply(await answerReminderCommand(deps.reminders, chatId, command, ctx.match, deps.clock()));
    });
  }
  return composer;
}
