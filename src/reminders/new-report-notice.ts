/**
 * The notice that a followed agency's report is now in the corpus: its title (with the year once),
 * its headline figures each with the verbatim sentence it comes from, a link to the original, and
 * how to unsubscribe. Plain text for every channel, HTML with a button for Telegram.
 */
import type { ReportDetail } from "../answers/report-source.ts";
import { unsubscribeHint, type CommandWords } from "./command-words.ts";
import type { RichMessage } from "./notifier.ts";

/** Headline metrics a new-report notice shows, in order. */
const HEADLINE_METRICS: ReadonlyArray<{ metric: string; label: string }> = [
  { metric: "proactive.total", label: "主动公开政府信息" },
  { metric: "applications.new.total", label: "新收政府信息公开申请" },
];

const QUOTE_LIMIT = 200;

export const ASK_REPORT_LABEL = "问这份年报";

/** The notice for one follower of `follow` (the agency or place as the follower named it). */
export function newReportNotice(detail: ReportDetail, follow: string, words: CommandWords): { text: string; rich: RichMessage } {
  const { summary } = detail;
  const agency = summary.agencyNormalized ?? summary.agency ?? "";
  // The title names the year; a title that does not gets it once beside it.
  const year = summary.year !== null && !summary.title.includes(String(summary.year)) ? `（${summary.year}年度）` : "";
  const who = follow === agency ? `您关注的${follow}` : `您关注的“${follow}”`;
  const figures = HEADLINE_METRICS.flatMap(({ metric, label }) => {
    const figure = detail.figures.find((f) => f.metric === metric);
    return figure ? [{ label, value: `${figure.approximate ? "约" : ""}${figure.value}${figure.unit}`, quote: clip(figure.quote) }] : [];
  });
  const hint = unsubscribeHint(words);

  const text = [
    `【新年报】${who}有新年报：《${summary.title}》${year}`,
    ...figures.map((f) => `${f.label}：${f.value}（原文：“${f.quote}”）`),
    ...(summary.url ? [`原文链接：${summary.url}`] : []),
    hint,
  ].join("\n");

  const title = summary.url ? `<a href="${escapeHtml(summary.url)}">《${escapeHtml(summary.title)}》</a>` : `《${escapeHtml(summary.title)}》`;
  const html = [
    `<b>【新年报】</b>${escapeHtml(who)}有新年报：${title}${escapeHtml(year)}`,
    ...figures.map((f) => `${escapeHtml(f.label)}：<b>${escapeHtml(f.value)}</b>\n<blockquote>${escapeHtml(f.quote)}</blockquote>`),
    escapeHtml(hint),
  ].join("\n");
  return { text, rich: { html, askReport: { label: ASK_REPORT_LABEL, reportId: summary.id } } };
}

function clip(quote: string): string {
  return quote.length > QUOTE_LIMIT ? `${quote.slice(0, QUOTE_LIMIT)}……` : quote;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
