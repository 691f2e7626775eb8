/**
 * Admin commands (user ids from configuration; others get a clear refusal): `/reload` re-scans the
 * data directory, `/stats` shows corpus and usage figures, and a .txt/.html/.pdf document sent to the
 * bot is downloaded and ingested.
 */
import { Composer, type Context } from "../grammy.ts";

export interface AdminActions {
  /** Re-scans the data directory; resolves to the summary to reply with. */
  reload(): Promise<string>;
  /** Corpus and usage figures as text. */
  stats(): Promise<string>;
  /** Ingests an uploaded report file; resolves to the summary to reply with. */
  upload(name: string, bytes: Uint8Array): Promise<string>;
}

export interface AdminFeatureDeps {
  adminIds: readonly number[];
  actions: AdminActions;
  /** Bot API root, for downloading documents (`<apiRoot>/file/bot<token>/<path>`). */
  apiRoot: string;
}

export const REFUSAL_TEXT = "抱歉，此操作仅限管理员。";

/** Largest report file accepted through the bot (the Bot API serves at most 20 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export function adminFeature(deps: AdminFeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();
  const isAdmin = (ctx: Context) => ctx.from !== undefined && deps.adminIds.includes(ctx.from.id);
  let reloading: Promise<unknown> | null = null;

  async function exclusive(ctx: Context, work: () => Promise<string>): Promise<void> {
    if (reloading) {
      await ctx.reply("正在载入数据，请稍候再试。");
      return;
    }
    await ctx.reply("正在载入……");
    const run = work();
    reloading = run;
    try {
      await ctx.reply(await run);
    } finally {
      reloading = null;
    }
  }

  feature.command("reload", async (ctx) => {
    if (!isAdmin(ctx)) return void (await ctx.reply(REFUSAL_TEXT));
    await exclusive(ctx, () => deps.actions.reload());
  });

  feature.command("stats", async (ctx) => {
    if (!isAdmin(ctx)) return void (await ctx.reply(REFUSAL_TEXT));
    await ctx.reply(await deps.actions.stats());
  });

  feature.on("message:document", async (ctx, next) => {
    // Anyone else's file is a message the bot cannot read, answered as such further on.
    if (!isAdmin(ctx)) return next();
    const document = ctx.message.document;
    const name = document.file_name ?? "upload.txt";
    if (!/\.(txt|html?|pdf)$/i.test(name)) return void (await ctx.reply("只接受 .txt、.html 或 .pdf 年报文件。"));
    if ((document.file_size ?? 0) > MAX_UPLOAD_BYTES) return void (await ctx.reply("文件太大（上限 20 MB）。"));
    const file = await ctx.getFile();
    if (!file.file_path) return void (await ctx.reply("无法下载该文件。"));
    const response = await fetch(`${deps.apiRoot}/file/bot${ctx.api.token}/${file.file_path}`, { signal: AbortSignal.timeout(60_000) });
    if (!response.ok) throw new Error(`admin: download of ${name} failed with HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    await exclusive(ctx, () => deps.actions.upload(name, bytes));
  });

  return feature;
}
