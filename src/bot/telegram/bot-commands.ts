/**
 * The command menus registered with `setMyCommands`, described in Chinese: everyone's menu in the
 * default scope, and the admin commands added in each admin's private chat (`BotCommandScopeChat`),
 * so nobody else is shown commands they would be refused.
 */
import type { BotCommand, BotCommandScope, LanguageCode } from "./grammy.ts";

export const BASE_COMMANDS: BotCommand[] = [
  { command: "start", description: "开始：能做什么，示例问题" },
  { command: "help", description: "使用说明" },
  { command: "ask", description: "提问，例如 /ask 凉州区科技局2021年公开了多少条信息" },
  { command: "reports", description: "查看库中的年报，可加地区或机构" },
];

export const SUBSCRIPTION_COMMANDS: BotCommand[] = [
  { command: "subscribe", description: "订阅年报报送期限提醒，可加地区或机构" },
  { command: "unsubscribe", description: "取消提醒，可加地区或机构只取消其中一项" },
  { command: "subscriptions", description: "查看我的订阅，可逐项退订" },
  { command: "deadlines", description: "近期报送期限和剩余天数" },
  { command: "missing", description: "查看尚未发布年报的机构，例如 /missing 凉州区 2024" },
];

export const ADMIN_COMMANDS: BotCommand[] = [
  { command: "reload", description: "（管理员）重新载入数据目录" },
  { command: "stats", description: "（管理员）统计" },
];

/** One `setMyCommands` call: the commands of one scope for one language (absent: the fallback of every language). */
export interface CommandMenu {
  commands: BotCommand[];
  scope: BotCommandScope;
  languageCode?: LanguageCode;
}

// Clients set to Chinese get the "zh" menu; every other language falls back to the default one.
const LANGUAGES: ReadonlyArray<LanguageCode | undefined> = [undefined, "zh"];

/** The commands every user can run. */
export function publicCommands(withSubscriptions: boolean): BotCommand[] {
  return [...BASE_COMMANDS, ...(withSubscriptions ? SUBSCRIPTION_COMMANDS : [])];
}

export function commandMenus(options: { withSubscriptions: boolean; adminIds: readonly number[] }): CommandMenu[] {
  const everyone = publicCommands(options.withSubscriptions);
  const scoped: Array<Omit<CommandMenu, "languageCode">> = [
    { scope: { type: "default" }, commands: everyone },
    // A private chat's id is the user's id; a chat scope replaces the default menu there.
    ...options.adminIds.map((id) => ({ scope: { type: "chat" as const, chat_id: id }, commands: [...everyone, ...ADMIN_COMMANDS] })),
  ];
  return scoped.flatMap((menu) => LANGUAGES.map((languageCode) => (languageCode ? { ...menu, languageCode } : menu)));
}
