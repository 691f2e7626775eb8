/**
 * Inline mode (`@bot 问题` in any chat): the question goes to the answer engine and comes back as
 * answer cards to pick and send; an ambiguous question gets one card per fitting agency, each
 * answered for it. Each user's inline questions share one chat (`tg:inline:<user id>`), apart from
 * their private chat with the bot.
 */
import type { Answer, AnswerEngine } from "../../../answers/answer.ts";
import { parseAnswerMarkup, plainLine } from "../../answer-markup.ts";
import { renderAnswerHtml } from "../answer-html.ts";
import { Composer, type Context } from "../grammy.ts";
import { splitMessage } from "../split-message.ts";
import { candidateQuestion } from "../../candidate-question.ts";

/** Cards of an ambiguous question at most (each one is answered). */
export const MAX_INLINE_CARDS = 5;

/** An inline result card: its title, a one-line description and the HTML message it sends. */
export interface AnswerCard {
  type: "article";
  id: string;
  title: string;
  description: string;
  input_message_content: { message_text: string; parse_mode: "HTML"; link_preview_options: { is_disabled: true } };
}

const TITLE_CHARS = 60;
const DESCRIPTION_CHARS = 120;

export function inlineFeature(deps: { engine: AnswerEngine; onQuestion?: () => Promise<void> }): Composer<Context> {
  const feature = new Composer<Context>();
  feature.on("inline_query", async (ctx) => {
    const question = ctx.inlineQuery.query.trim();
    if (question === "") {
      await ctx.answerInlineQuery([], { cache_time: 0 });
      return;
    }
    const chatId = `tg:inline:${ctx.inlineQuery.from.id}`;
    const answer = await deps.engine.ask(chatId, question);
    await deps.onQuestion?.();
    const answers =
      answer.status === "ambiguous" && answer.candidates.length > 0
        ? await Promise.all(answer.candidates.slice(0, MAX_INLINE_CARDS).map((c) => deps.engine.ask(chatId, candidateQuestion(c, question))))
        : [answer];
    // Answers depend on the corpus, which a reload changes: Telegram should not keep them long.
    await ctx.answerInlineQuery(answers.map(answerCard), { cache_time: 60, is_personal: true });
  });
  return feature;
}

/** The card of one answer: its first line as title, the next line (else its source) as description, the answer's first message as content. */
export function answerCard(answer: Answer, index: number): AnswerCard {
  const lines = parseAnswerMarkup(answer.text).flatMap((b) => (b.kind === "paragraph" ? b.lines.map(plainLine) : []));
  return {
    type: "article",
    id: `a${index}`,
    title: cut(lines[0] ?? "没有找到答案", TITLE_CHARS),
    // The next line of the answer, else where it comes from.
    description: cut(lines.slice(1).find((l) => !l.startsWith("出处：")) ?? lines.find((l) => l.startsWith("出处：")) ?? "", DESCRIPTION_CHARS),
    input_message_content: { message_text: splitMessage(renderAnswerHtml(answer))[0] ?? "", parse_mode: "HTML", link_preview_options: { is_disabled: true } },
  };
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
