/**
 * Questions: free text and `/ask <问题>` go to the answer engine (chat id `tg:<chat id>`); the answer
 * comes back in HTML with buttons: `原文` for each cited passage, a figure ranked close behind the
 * answer's, other years of the same agency, and one button per candidate of an ambiguous question. The /start example buttons ask here too.
 */
import type { Answer, AnswerEngine } from "../../../answers/answer.ts";
import { candidateQuestion } from "../../candidate-question.ts";
import { renderAnswerHtml, renderPassageHtml } from "../answer-html.ts";
import { askReportData, choiceData, fitsCallbackData, type QuestionMemo } from "../callback-data.ts";
import { Composer, InlineKeyboard, type Context } from "../grammy.ts";
import { replyHtml } from "../reply.ts";
import { exampleQuestion } from "./start.ts";

export interface AskFeatureDeps {
  engine: AnswerEngine;
  memo: QuestionMemo;
  /** Called once per answered question (the "questions answered" counter). */
  onQuestion?: () => Promise<void>;
}

const MAX_PASSAGE_BUTTONS = 3;
const MAX_YEAR_BUTTONS = 6;

export function askFeature(deps: AskFeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();

  async function answer(ctx: Context, question: string): Promise<void> {
    const chatId = `tg:${ctx.chat!.id}`;
    await ctx.replyWithChatAction("typing").catch(() => undefined);
    const result = await deps.engine.ask(chatId, question);
    await deps.onQuestion?.();
    await replyHtml(ctx, renderAnswerHtml(result), await keyboardFor(result, question));
  }

  // A choice the answer offered: that figure of that report, whatever the chat asked since.
  feature.callbackQuery(/^c:(\d+):([0-9A-Za-z]+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const result = await deps.engine.figure(`tg:${ctx.chat!.id}`, Number(ctx.match[1]), ctx.match[2]!);
    if (!result) {
      await ctx.reply("这份报告已不在库中，请重新提问。");
      return;
    }
    // Other years ask for the figure picked, by its label.
    await replyHtml(ctx, renderAnswerHtml(result), await keyboardFor(result, result.figures[0]?.label ?? ""));
  });

  async function keyboardFor(result: Answer, question: string): Promise<InlineKeyboard> {
    if (result.status === "ambiguous") {
      return InlineKeyboard.from(
        result.candidates.map((c) => [
          InlineKeyboard.text(`${c.agency}${c.year ? ` ${c.year}年` : ""}`, deps.memo.remember(candidateQuestion(c, question))),
        ]),
      );
    }
    const keyboard = new InlineKeyboard();
    const seen = new Set<string>();
    for (const c of result.citations) {
      const data = `p:${c.reportId}:${c.start}`;
      if (seen.has(data) || seen.size >= MAX_PASSAGE_BUTTONS || !fitsCallbackData(data)) continue;
      seen.add(data);
      keyboard.text(seen.size === 1 ? "原文" : `原文 ${seen.size}`, data);
    }
    const choices = (result.choices ?? []).map((c) => ({ c, data: choiceData(c.reportId, c.figureKey) })).filter(({ data }) => fitsCallbackData(data));
    if (seen.size > 0 && choices.length > 0) keyboard.row();
    for (const { c, data } of choices) keyboard.text(`查看${c.label}${result.year === null && c.year !== null ? ` ${c.year}年` : ""}`, data);
    if (result.agency && result.status !== "clarify") {
      const catalog = await deps.engine.catalog(result.agency);
      const sameAgency = [...catalog, ...result.candidates].filter((e) => e.agency === result.agency && e.year !== null && e.year !== result.year);
      // One report per year: its id names both the agency and the year, so the button keeps its subject.
      const byYear = new Map<number, number | null>();
      for (const e of sameAgency) if (!byYear.has(e.year!) || byYear.get(e.year!) === null) byYear.set(e.year!, e.reportId);
      const years = [...byYear.keys()].sort((a, b) => b - a).slice(0, MAX_YEAR_BUTTONS);
      if (seen.size + choices.length > 0 && years.length > 0) keyboard.row();
      const asked = years.length > 0 ? deps.memo.keep(question) : "";
      for (const year of years) {
        const reportId = byYear.get(year);
        const data = reportId === null || reportId === undefined ? `y:${year}` : `${askReportData(reportId)}:${asked}`;
        keyboard.text(`${year}年`, fitsCallbackData(data) ? data : `y:${year}`);
      }
    }
    return keyboard;
  }

  feature.command("ask", async (ctx) => {
    const question = ctx.match.trim();
    if (question === "") {
      await ctx.reply("用法：/ask 问题，例如 /ask 凉州区科技局2021年公开了多少条信息");
      return;
    }
    await answer(ctx, question);
  });

  feature.callbackQuery(/^p:(\d+):(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const view = await deps.engine.passage(Number(ctx.match[1]), Number(ctx.match[2]));
    if (!view) {
      await ctx.reply("这份报告已不在库中，请重新提问。");
      return;
    }
    await replyHtml(ctx, renderPassageHtml(view));
  });

  // The report a button names, whatever the chat asked since: another year of the agency of the
  // message it sits under (the question asked there, while remembered), or a new report's notice.
  feature.callbackQuery(/^a:(\d+)(?::([0-9a-z]+))?$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const report = await deps.engine.report(Number(ctx.match[1]));
    if (report === null || report.agency === null || report.year === null) {
      await ctx.reply("这份报告已不在库中，请重新提问。");
      return;
    }
    const asked = ctx.match[2] === undefined ? undefined : deps.memo.recall(ctx.match[2]);
    const subject = { agency: report.agency, year: report.year, reportId: report.reportId };
    await answer(ctx, asked === undefined ? `那${report.agency}${report.year}年呢？` : candidateQuestion(subject, asked));
  });

  // Buttons sent before reports were named by id: a follow-up on the chat's latest agency.
  feature.callbackQuery(/^y:(\d{4})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await answer(ctx, `那${ctx.match[1]}年呢？`);
  });

  feature.callbackQuery(/^q:([0-9a-z]+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const question = deps.memo.recall(ctx.match[1]!);
    if (question === undefined) {
      await ctx.reply("这个按钮已过期，请重新提问。");
      return;
    }
    await answer(ctx, question);
  });

  feature.callbackQuery(/^x:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const question = exampleQuestion(Number(ctx.match[1]));
    if (question !== undefined) await answer(ctx, question);
  });

  feature.on("message:text", async (ctx, next) => {
    if (ctx.message.text.startsWith("/")) return next();
    await answer(ctx, ctx.message.text.trim());
  });

  return feature;
}
