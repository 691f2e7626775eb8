/**
 * `/reports [地区或机构]`: the reports the corpus holds (engine.catalog), ten a page, each a button
 * (`rp:<reportId>`) that opens the report: its title, linked to its web address when known, and
 * questions about it as buttons; paging buttons below.
 */
import type { AnswerEngine, CatalogEntry } from "../../../answers/answer.ts";
import { citationTitle } from "../../../answers/render/answer-text.ts";
import { escapeHtml } from "../answer-html.ts";
import { fitsCallbackData, type QuestionMemo } from "../callback-data.ts";
import { Composer, GrammyError, InlineKeyboard, type Context } from "../grammy.ts";

export const REPORTS_PAGE_SIZE = 10;

/** What a report's button offers to ask about it, each completed with its agency and year. */
export const REPORT_QUESTIONS: ReadonlyArray<{ label: string; ask: string }> = [
  { label: "主动公开", ask: "主动公开了多少条信息" },
  { label: "依申请公开", ask: "收到多少政府信息公开申请" },
  { label: "行政复议", ask: "行政复议有多少件" },
  { label: "存在的问题", ask: "存在哪些问题" },
];

export function reportsFeature(deps: { engine: AnswerEngine; memo: QuestionMemo }): Composer<Context> {
  const feature = new Composer<Context>();

  async function page(filter: string, index: number): Promise<{ text: string; keyboard: InlineKeyboard }> {
    const all = await deps.engine.catalog(filter);
    // A report that withholds its agency's name (XX镇) cannot be told apart or asked about by name.
    const entries = all.filter((e) => !e.anonymized);
    const withheld = all.length - entries.length;
    const pages = Math.max(1, Math.ceil(entries.length / REPORTS_PAGE_SIZE));
    const current = Math.min(Math.max(0, index), pages - 1);
    const keyboard = new InlineKeyboard();
    if (entries.length === 0 && withheld === 0) {
      return { text: filter ? `库中没有与“${escapeHtml(filter)}”相关的年报。` : "库中还没有年报。", keyboard };
    }
    const note = withheld > 0 ? `另有 ${withheld} 份年报隐去了机构名称，未列出。` : null;
    if (entries.length === 0) return { text: note!, keyboard };
    const shown = entries.slice(current * REPORTS_PAGE_SIZE, (current + 1) * REPORTS_PAGE_SIZE);
    const heading = `${filter ? `与“${escapeHtml(filter)}”相关的年报` : "库中的年报"}：共 ${entries.length} 份（第 ${current + 1}/${pages} 页），点按钮查看`;
    const lines = [heading, ...shown.map((e, i) => `${current * REPORTS_PAGE_SIZE + i + 1}. ${describe(e)}`)];
    if (note && current === pages - 1) lines.push(note);
    const text = lines.join("\n");
    for (const [i, e] of shown.entries()) keyboard.text(`${current * REPORTS_PAGE_SIZE + i + 1}. ${shortName(e)}`, `rp:${e.reportId}`).row();
    const data = (p: number) => `r:${p}:${filter}`;
    if (current > 0 && fitsCallbackData(data(current - 1))) keyboard.text("« 上一页", data(current - 1));
    if (current < pages - 1 && fitsCallbackData(data(current + 1))) keyboard.text("下一页 »", data(current + 1));
    return { text, keyboard };
  }

  feature.command("reports", async (ctx) => {
    const { text, keyboard } = await page(ctx.match.trim(), 0);
    await ctx.reply(text, { parse_mode: "HTML", reply_markup: keyboard, link_preview_options: { is_disabled: true } });
  });

  feature.callbackQuery(/^r:(\d+):(.*)$/s, async (ctx) => {
    await ctx.answerCallbackQuery();
    const { text, keyboard } = await page(ctx.match[2]!, Number(ctx.match[1]));
    await ctx.editMessageText(text, { parse_mode: "HTML", reply_markup: keyboard, link_preview_options: { is_disabled: true } }).catch((error: unknown) => {
      // A button pressed twice asks for the page already shown: nothing to change, nothing went wrong.
      if (!(error instanceof GrammyError && /message is not modified/i.test(error.description))) throw error;
    });
  });

  // The report's own id rides in the button, so it opens that report whatever the chat asked since.
  feature.callbackQuery(/^rp:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const view = await deps.engine.passage(Number(ctx.match[1]), 0);
    if (!view) {
      await ctx.reply("这份报告已不在库中，请发送 /reports 重新查看。");
      return;
    }
    const c = view.citation;
    const title = escapeHtml(citationTitle(c));
    const linked = c.url && /^https?:\/\/\S+$/i.test(c.url) ? `<a href="${escapeHtml(c.url)}">${title}</a>` : title;
    const keyboard = new InlineKeyboard();
    // Questions name the agency and year themselves, so they do not depend on the chat's context.
    if (c.agency && c.year !== null) {
      for (const q of REPORT_QUESTIONS) keyboard.text(q.label, deps.memo.remember(`${c.agency}${c.year}年${q.ask}`));
      keyboard.row();
    }
    keyboard.text("原文开头", `p:${c.reportId}:0`);
    const about = c.agency && c.year !== null ? `\n您可以点下面的按钮，或直接问“${escapeHtml(c.agency)}${c.year}年……”。` : "";
    await ctx.reply(`《${linked}》${about}`, { parse_mode: "HTML", reply_markup: keyboard, link_preview_options: { is_disabled: true } });
  });

  return feature;
}

function shortName(entry: CatalogEntry): string {
  return `${entry.agency ?? entry.title}${entry.year ? ` ${entry.year}年` : ""}`;
}

function describe(entry: CatalogEntry): string {
  const title = escapeHtml(citationTitle(entry));
  const linked = entry.url && /^https?:\/\/\S+$/i.test(entry.url) ? `<a href="${escapeHtml(entry.url)}">${title}</a>` : title;
  return `${escapeHtml(shortName(entry))}：《${linked}》`;
}
