/** `/reports [地区或单位]`: the reports the corpus holds (engine.catalog), ten a page with paging buttons. */
import type { AnswerEngine, CatalogEntry } from "../../../answers/answer.ts";
import { escapeHtml } from "../answer-html.ts";
import { fitsCallbackData } from "../callback-data.ts";
import { Composer, GrammyError, InlineKeyboard, type Context } from "../grammy.ts";

export const REPORTS_PAGE_SIZE = 10;

export function reportsFeature(deps: { engine: AnswerEngine }): Composer<Context> {
  const feature = new Composer<Context>();

  async function page(filter: string, index: number): Promise<{ text: string; keyboard: InlineKeyboard }> {
    const entries = await deps.engine.catalog(filter);
    const pages = Math.max(1, Math.ceil(entries.length / REPORTS_PAGE_SIZE));
    const current = Math.min(Math.max(0, index), pages - 1);
    const keyboard = new InlineKeyboard();
    if (entries.length === 0) {
      return { text: filter ? `库中没有与“${escapeHtml(filter)}”相关的年报。` : "库中还没有年报。", keyboard };
    }
    const shown = entries.slice(current * REPORTS_PAGE_SIZE, (current + 1) * REPORTS_PAGE_SIZE);
    const heading = `${filter ? `与“${escapeHtml(filter)}”相关的年报` : "库中的年报"}：共 ${entries.length} 份（第 ${current + 1}/${pages} 页）`;
    const text = [heading, ...shown.map((e, i) => `${current * REPORTS_PAGE_SIZE + i + 1}. ${describe(e)}`)].join("\n");
    const data = (p: number) => `r:${p}:${filter}`;
    if (current > 0 && fitsCallbackData(data(current - 1))) keyboard.text("« 上一页", data(current - 1));
    if (current < pages - 1 && fitsCallbackData(data(current + 1))) keyboard.text("下一页 »", data(current + 1));
    return { text, keyboard };
  }

  feature.command("reports", async (ctx) => {
    const { text, keyboard } = await page(ctx.match.trim(), 0);
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard });
  });

  feature.callbackQuery(/^r:(\d+):(.*)$/s, async (ctx) => {
    await ctx.answerCallbackQuery();
    const { text, keyboard } = await page(ctx.match[2]!, Number(ctx.match[1]));
    await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup: keyboard }).catch((error: unknown) => {
      // A button pressed twice asks for the page already shown: nothing to change, nothing went wrong.
      if (!(error instanceof GrammyError && /message is not modified/i.test(error.description))) throw error;
    });
  });

  return feature;
}

function describe(entry: CatalogEntry): string {
  const who = entry.agency ?? entry.title;
  return `${escapeHtml(who)}${entry.year ? ` ${entry.year}年` : ""}<i>（${escapeHtml(entry.source)}）</i>`;
}
