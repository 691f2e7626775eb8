/** The command menu registered with `setMyCommands` (descriptions in Chinese). */
import type { BotCommand } from "./grammy.ts";

export const BASE_COMMANDS: BotCommand[] = [
  { command: "start", description: "开始：能做什么，示例问题" },
  { command: "help", description: "使用说明" },
  { command: "ask", description: "提问，例如 /ask 凉州区科技局2021年公开了多少条信息" },
  { command: "reports", description: "查看库中的年报，可加地区或单位" },
];

export const SUBSCRIPTION_COMMANDS: BotCommand[] = [
  { command: "subscribe", description: "订阅年报报送期限提醒，可加地区或单位" },
  { command: "unsubscribe", description: "取消提醒" },
  { command: "subscriptions", description: "查看我的订阅" },
  { command: "deadlines", description: "近期报送期限和剩余天数" },
  { command: "missing", description: "查看尚未发布年报的单位，例如 /missing 凉州区 2024" },
];

export const ADMIN_COMMANDS: BotCommand[] = [
  { command: "reload", description: "（管理员）重新载入数据目录" },
  { command: "stats", description: "（管理员）统计" },
];

export function botCommands(withSubscriptions: boolean): BotCommand[] {
  return [...BASE_COMMANDS, ...(withSubscriptions ? SUBSCRIPTION_COMMANDS : []), ...ADMIN_COMMANDS];
}
