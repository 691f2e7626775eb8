/**
 * Running the bot: registers the command menus, then either sets the webhook (updates arrive at
 * `POST /telegram` and are handed to `dispatch`) or starts long polling. `stop` stops taking
 * updates and waits, up to a deadline, for the ones being handled. Webhook updates are handled
 * at most `maxConcurrent` at a time (long polling handles them one at a time); the rest wait in
 * order, up to `maxQueued`, past which an update is dropped and logged.
 */
import type { CommandMenu } from "./bot-commands.ts";
import type { BotLog } from "./create-bot.ts";
import type { Bot, Update } from "./grammy.ts";

export interface TelegramRunner {
  mode: "webhook" | "polling";
  /** Handles one webhook update in the background, tracked for shutdown. */
  dispatch(update: Update): void;
  /** Registers the command menus and the webhook, or starts polling. */
  start(): Promise<void>;
  /** Stops polling (the webhook stops with the server) and waits up to `deadlineMs` for running handlers. */
  stop(deadlineMs: number): Promise<void>;
}

export interface TelegramRunnerOptions {
  /** One `setMyCommands` call each; an admin's chat menu that Telegram refuses is logged and skipped. */
  menus: CommandMenu[];
  /** Public URL Telegram posts updates to; long polling when null. */
  webhookUrl: string | null;
  webhookSecret: string | null;
  log: BotLog;
  /** Webhook updates handled at once (default 8). */
  maxConcurrent?: number;
  /** Webhook updates waiting for a turn (default 1000). */
  maxQueued?: number;
}

export function createTelegramRunner(bot: Bot, options: TelegramRunnerOptions): TelegramRunner {
  const running = new Set<Promise<void>>();
  let polling: Promise<void> | null = null;
  const mode = options.webhookUrl ? "webhook" : "polling";
  let initializing: Promise<void> | null = null;
  // Webhook updates may arrive before start() has fetched the bot's identity.
  const ready = () => (bot.isInited() ? Promise.resolve() : (initializing ??= bot.init()));

  const maxConcurrent = options.maxConcurrent ?? 8;
  const maxQueued = options.maxQueued ?? 1000;
  const waiting: Update[] = [];
  let active = 0;

  const run = (update: Update) => {
    active++;
    const task = ready()
      .then(() => bot.handleUpdate(update))
      .catch((error: unknown) => options.log.error({ err: error, updateId: update.update_id }, "telegram update failed"))
      .finally(() => {
        running.delete(task);
        active--;
        const next = waiting.shift();
        if (next) run(next);
      });
    running.add(task);
  };

  return {
    mode,
    dispatch(update) {
      if (active < maxConcurrent) return run(update);
      // Telegram has had its 200 already and will not re-send: a dropped update is lost, so say so.
      if (waiting.length >= maxQueued) return options.log.warn({ updateId: update.update_id, waiting: waiting.length }, "telegram update dropped: too many waiting");
      waiting.push(update);
    },
    async start() {
      await ready();
      for (const menu of options.menus) await registerMenu(bot, menu, options.log);
      if (options.webhookUrl) {
        await bot.api.setWebhook(options.webhookUrl, {
          ...(options.webhookSecret ? { secret_token: options.webhookSecret } : {}),
          allowed_updates: ["message", "callback_query"],
        });
        return;
      }
      await bot.api.deleteWebhook();
      polling = bot.start({
        allowed_updates: ["message", "callback_query"],
        onStart: () => options.log.info({}, "telegram long polling started"),
      });
      polling.catch((error: unknown) => options.log.error({ err: error }, "telegram polling stopped"));
    },
    async stop(deadlineMs) {
      const stopping = polling ? bot.stop() : Promise.resolve();
      const deadline = new Promise<void>((resolve) => setTimeout(resolve, deadlineMs).unref());
      const drained = (async () => {
        await stopping;
        // Handlers finishing start waiting updates: wait until none runs.
        while (running.size > 0) await Promise.all([...running]);
      })();
      await Promise.race([drained, deadline]);
    },
  };
}

async function registerMenu(bot: Bot, menu: CommandMenu, log: BotLog): Promise<void> {
  const other = { scope: menu.scope, ...(menu.languageCode ? { language_code: menu.languageCode } : {}) };
  try {
    await bot.api.setMyCommands(menu.commands, other);
  } catch (error) {
    // Telegram refuses a chat scope until that admin has opened a chat with the bot: the commands still work.
    if (menu.scope.type !== "chat") throw error;
    log.warn({ err: error, chatId: menu.scope.chat_id, languageCode: menu.languageCode ?? null }, "admin command menu not set");
  }
}
