/** The reminders service as the WeChat front uses it: Chinese command words (订阅 / 退订 …) and inbound times. */
import { answerReminderCommand, parseChineseReminderCommand } from "../../reminders/chat-commands.ts";
import type { Reminders } from "../../reminders/reminders.ts";
import type { WechatReminders } from "./wechat.messages.ts";

export function wechatReminders(reminders: Reminders): WechatReminders {
  return {
    recordInbound: (chatId, at) => reminders.recordInbound(chatId, at),
    canPush: () => reminders.delivery("wx:").kind !== "none",
    async command(chatId, text, at) {
      const parsed = parseChineseReminderCommand(text);
      return parsed ? (await answerReminderCommand(reminders, chatId, parsed.command, parsed.args, at)).text : null;
    },
  };
}
