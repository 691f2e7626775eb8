/** `/start` (what the bot does, three example questions as buttons) and `/help` (the commands this user can run). */
import { Composer, InlineKeyboard, type BotCommand, type Context } from "../grammy.ts";

export const EXAMPLE_QUESTIONS = [
  "凉州区科技局2021年公开了多少条信息",
  "凉州区科学技术局2021年新收到几件政府信息公开申请？",
  "凉州区科技局2021年行政复议有多少件",
];

export const START_TEXT = [
  "您好！我回答政府信息公开工作年度报告里的问题：数字、机构、年份，并附上原文出处。",
  "直接发问题即可，也可以点下面的例子。",
].join("\n");

export interface StartFeatureDeps {
  /** The menu everyone sees. */
  commands: readonly BotCommand[];
  /** Added to the help of the admins. */
  adminCommands: readonly BotCommand[];
  adminIds: readonly number[];
}

/** The /help text: how to ask, then one line per command, then what the buttons do and how to ask from another chat. */
export function helpText(commands: readonly BotCommand[], admin: boolean, username = ""): string {
  return [
    "直接发问题，例如“凉州区科技局2021年公开了多少条信息”。",
    "",
    ...commands.map((c) => `/${c.command} — ${c.description}`),
    ...(admin ? ["（管理员）发送 .txt、.html 或 .pdf 年报文件即可载入。"] : []),
    "",
    "答案下方的“原文”按钮显示出处段落，年份按钮查看同一机构其他年份。",
    ...(username ? [`在任意聊天中输入 @${username} 加问题，可以把答案发到那里。`] : []),
  ].join("\n");
}

export function startFeature(deps: StartFeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command("start", async (ctx) => {
    const keyboard = InlineKeyboard.from(EXAMPLE_QUESTIONS.map((q, i) => [InlineKeyboard.text(q, `x:${i}`)]));
    await ctx.reply(START_TEXT, { reply_markup: keyboard });
  });
  feature.command("help", async (ctx) => {
    const admin = ctx.from !== undefined && deps.adminIds.includes(ctx.from.id);
    const username = ctx.me.username;
    await ctx.reply(admin ? helpText([...deps.commands, ...deps.adminCommands], true, username) : helpText(deps.commands, false, username));
  });
  return feature;
}

/** The example question behind an `x:<index>` button, for the ask feature. */
export function exampleQuestion(index: number): string | undefined {
  return EXAMPLE_QUESTIONS[index];
}
