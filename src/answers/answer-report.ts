/**
 * Answering about one agency: per year asked (or its latest year), find what answers in that
 * year's report(s) and write it with the figure, its breakdown, citations and warnings; a year the
 * corpus lacks is said so, with the years it holds.
 */
import type { Answer, Candidate, Citation, FigureChoice } from "./answer.ts";
import type { AgencyEntry } from "./catalog/catalog-index.ts";
import { absenceStatement } from "./figures/absence-statement.ts";
import { findInReport, pickedFinding, statesChange, type Finding, type JoinedMeasure } from "./figures/figure-choice.ts";
import type { AnswerType } from "./question/answer-type.ts";
import type { Understanding } from "./question/understand-question.ts";
import { citationText, figureName, figureText, plainFigure, reportName, tableCell } from "./render/answer-text.ts";
import { markupRowCitation } from "./render/markup-row.ts";
import { sourceRunCitation } from "./render/source-run.ts";
import type { ReportCache } from "./report-cache.ts";
import type { ReportDetail, ReportFigure, ReportSummary, StoredFigure, StoredPassage } from "./report-source.ts";
import { askedTextFact, askedTextFactAfterNoFigure } from "./text-facts/asked-text-fact.ts";
import { answerTextFact, type TextFact } from "./text-facts/answer-text-fact.ts";
import type { Sentence } from "./text-facts/report-sentences.ts";
import { simplified } from "../text/simplified.ts";

/** What one year's report(s) answer. */
export interface YearResult {
  year: number;
  status: "answered" | "no_figure" | "not_found";
  lines: string[];
  figures: StoredFigure[];
  citations: Citation[];
  warnings: string[];
  explain?: string[];
  /** The one figure that answers, when one does alone (no parts, no measures joined). */
  headline?: StoredFigure;
  /** True when `headline` is stated as a change on the year before (比上年增加5条). */
  headlineIsChange?: boolean;
  /** Figures ranked close behind the answer's, offered as choices. */
  choices?: FigureChoice[];
}

// 没有 asks yes or no only as the question's last word (行政复议有还是没有); within a phrase
// (没有现成信息的有几件) it is part of what is counted.
const YES_NO = /有没有|有无|是否|吗$|吗 |没有[吧呢啊呀]?$/;

/** Answers `u` for `agency`. */
export async function answerForAgency(agency: AgencyEntry, u: Understanding, reports: ReportCache): Promise<Answer> {
  const held = agency.reports.filter((r) => r.year !== null);
  const latest = held[0]?.year ?? null;
  const years = u.years.length > 0 ? u.years : latest === null ? [] : [latest];
  const results: YearResult[] = [];
  for (const year of years) results.push(await answerYear(agency, year, u, reports));
  // Whatever the chat's previous question filled in is said, so a reader sees what was assumed.
  const lines: string[] = u.assumed ? [`按上一问的${u.assumed}回答。`] : [];
  if (results.length === 0) {
    return base("not_found", [...lines, `未找到${agency.name}注明年度的年报。`].join("\n"), agency.name, null, candidatesOf(agency));
  }
  if (u.years.length === 0 && latest !== null) lines.push(`未指明年份，按收录的最新一年（${latest}年）回答。`);
  for (const r of results) lines.push(...r.lines);
  const statuses = results.map((r) => r.status);
  const status = statuses.includes("answered") ? "answered" : statuses.includes("no_figure") ? "no_figure" : "not_found";
  const answer = base(status, lines.join("\n"), agency.name, results.length === 1 ? results[0]!.year : null, []);
  answer.figures = results.flatMap((r) => r.figures).map(({ metric, label, value, unit, approximate }) => ({ metric, label, value, unit, approximate }));
  answer.citations = results.flatMap((r) => r.citations);
  answer.warnings = results.flatMap((r) => r.warnings);
  // Why this agency: the question's clues that made it win, ahead of why the figure won.
  const agencyEvidence = u.resolution.kind === "agency" && u.resolution.agency === agency ? (u.resolution.evidence ?? []) : [];
  const explain = [...(agencyEvidence.length > 0 ? [`agency ${agency.name}: ${agencyEvidence.join(", ")}`] : []), ...results.flatMap((r) => r.explain ?? [])];
  if (explain.length > 0) answer.explain = explain;
  const choices = results.flatMap((r) => r.choices ?? []);
  if (choices.length > 0) answer.choices = choices;
  if (status === "not_found") answer.candidates = candidatesOf(agency);
  return answer;
}

/** Answers `u` from `agency`'s reports of `year`. */
export async function answerYear(agency: AgencyEntry, year: number, u: Understanding, cache: ReportCache): Promise<YearResult> {
  const summaries = agency.reports.filter((r) => r.year === year);
  if (summaries.length === 0) {
    const others = [...new Set(agency.reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
    const held = others.length > 0 ? `已收录该机构${others.map((y) => `${y}年`).join("、")}的年报。` : "";
    const missing = `未收录${agency.name}${year}年的年报。${held}`;
    return (await statedInLaterReport(agency, year, others, missing, u, cache)) ?? empty(year, "not_found", [missing]);
  }
  const fact = askedTextFact(u);
  if (fact) {
    // A phone, an address, a person, a date: the best sentence of the year's reports, not a figure.
    const said = await textFactYear(agency, year, summaries, fact, u, cache);
    if (said) return said;
  }
  let fallback: { summary: ReportSummary; detail: ReportDetail; finding: Finding } | null = null;
  for (const summary of summaries) {
    const detail = await cache.get(summary.id);
    if (!detail) continue;
    const finding = withAlso(detail, findInReport(detail, { intent: u.intent, query: u.query, units: u.units, text: u.text }), u);
    if (finding.kind !== "none") return found(agency, year, u.text, summary, detail, finding);
    fallback ??= { summary, detail, finding };
  }
  if (!fallback) return empty(year, "not_found", [`未收录${agency.name}${year}年的年报。`]);
  // 有没有用微信公开信息 names a measure no figure answers: the report's text may still say yes. A part
  // of the report asked (存在的主要问题是啥) that it does not hold is not stated, whatever sentence shares a word.
  const after = u.intent?.kind === "text" ? null : askedTextFactAfterNoFigure(u);
  const said = after ? await textFactYear(agency, year, summaries, after, u, cache) : null;
  if (said?.status === "answered") return said;
  return found(agency, year, u.text, fallback.summary, fallback.detail, fallback.finding);
}

/** How many years after the one asked a report may state that year's count (2014年 saying 2013年…). */
const LATER_REPORT_REACH = 2;

/**
 * A count of `year`, which no report held covers, as a report of the next years states it in a clause
 * naming that year (2013年主动公开政府信息202条 in the 2014 report); null when none does.
 */
async function statedInLaterReport(agency: AgencyEntry, year: number, held: readonly number[], missing: string, u: Understanding, cache: ReportCache): Promise<YearResult | null> {
  if (u.intent?.kind === "text" || askedTextFact(u)) return null;
  for (const later of held.filter((y) => y > year && y <= year + LATER_REPORT_REACH)) {
    for (const summary of agency.reports.filter((r) => r.year === later)) {
      const detail = await cache.get(summary.id);
      if (!detail) continue;
      const finding = findInReport(detail, { intent: u.intent, query: u.query, units: u.units, text: u.text, earlierYear: year });
      if (finding.kind !== "figures" || finding.joined || finding.parts) continue;
      const result = found(agency, later, u.text, summary, detail, finding);
      return { ...result, lines: [`${missing}其${later}年年报载明了${year}年的数字：`, ...result.lines] };
    }
  }
  return null;
}

/** `type` answered from the sentences of the year's reports: the first that answers, else the first report's "not stated". */
async function textFactYear(agency: AgencyEntry, year: number, summaries: ReportSummary[], type: AnswerType, u: Understanding, cache: ReportCache): Promise<YearResult | null> {
  let first: TextFact | null = null;
  for (const summary of summaries) {
    const detail = await cache.get(summary.id);
    if (!detail) continue;
    const cite = (d: ReportDetail, s: Sentence) => sentenceCitation(summary, d, s);
    const said = answerTextFact(detail, reportName(agency.name, year), type, u.query, cite, u.text);
    if (said.status === "answered") return { year, ...said, figures: said.figures ?? [], warnings: [] };
    first ??= said;
  }
  return first ? { year, ...first, figures: [], warnings: [] } : null;
}

/** `finding` with the figures of the further measures asked at once (u.also) after its own, where the report states them. */
function withAlso(detail: ReportDetail, finding: Finding, u: Understanding): Finding {
  if (finding.kind !== "figures" || u.also.length === 0) return finding;
  const measures: JoinedMeasure[] = [{ subject: finding.subject, figures: finding.figures, children: finding.children, parts: finding.parts === true }];
  for (const measure of u.also) {
    const more = findInReport(detail, { intent: measure.intent ?? u.intent, query: measure.query, units: u.units, text: u.text });
    // A part that finds what an earlier part found adds nothing of its own.
    const seen = new Set(measures.flatMap((m) => m.figures.map((f) => f.key)));
    if (more.kind !== "figures" || more.figures.every((f) => seen.has(f.key))) continue;
    measures.push({ subject: more.subject, figures: more.figures, children: more.children, parts: more.parts === true });
  }
  if (measures.length < 2) return finding;
  return {
    kind: "figures",
    // The first measure's figures lead: they are the headline a reader (and a script) takes first.
    figures: measures.flatMap((m) => m.figures),
    children: measures.flatMap((m) => m.children),
    subject: measures.map((m) => m.subject).join("和"),
    joined: true,
    measures,
  };
}

/** Several measures asked at once: each on its own line with its figures, breakdown and citations. */
function foundJoined(name: string, year: number, summary: ReportSummary, detail: ReportDetail, measures: JoinedMeasure[]): YearResult {
  const lines = [`${name}：`];
  for (const m of measures) {
    const stated = m.figures.map((f) => (m.figures.length > 1 ? `${figureName(f, m.parts)} ${figureText(f)}` : figureText(f))).join("；");
    // Labels that already say what is counted (行政诉讼（复议后起诉）) need no subject before them.
    const named = !m.parts && m.figures.every((f) => figureName(f).startsWith(m.subject));
    const one = m.figures.length === 1;
    const head = named ? (one ? `${figureName(m.figures[0]!)} ${stated}` : stated) : `${m.subject}${m.parts ? "（年报未列合计，分项如下）" : ""}${one ? " " : "："}${stated}`;
    lines.push(`- ${head}`);
    if (m.children.length > 0) lines.push(`其中：${m.children.map((c) => `${c.label} ${plainFigure(c)}`).join("；")}。`);
  }
  // Measures stated in one sentence or table row share its citation.
  const citations = dedupeCitations(measures.flatMap((m) => m.figures.map((f) => figureCitation(summary, detail, f))));
  for (const c of citations) lines.push(citationText(c));
  const all = measures.flatMap((m) => [...m.figures, ...m.children]);
  const keys = new Set(all.map((f) => f.key));
  const warnings = detail.warnings.filter((w) => w.figureKeys.some((k) => keys.has(k))).map((w) => w.message);
  for (const w of warnings) lines.push(`注意：${w}`);
  const figures = dedupe([...measures.flatMap((m) => m.figures), ...measures.flatMap((m) => m.children)]);
  return { year, status: "answered", lines, figures, citations, warnings };
}

function found(agency: AgencyEntry, year: number, asked: string, summary: ReportSummary, detail: ReportDetail, finding: Finding): YearResult {
  const name = reportName(agency.name, year);
  if (finding.kind === "none") {
    // A question naming no measure the bot knows has no subject to name: say what can be asked.
    const lines = [
      finding.part
        ? `${name}没有载明${simplified(finding.subject)}。`
        : finding.subject
        ? `${name}没有载明${simplified(finding.subject)}的数字。`
        : `${name}中没有找到所问的内容。可以问主动公开、依申请公开、行政复议和诉讼、收费等数字，或存在的问题、改进措施。`,
    ];
    const citations: Citation[] = [];
    if (finding.passage) {
      const c = passageCitation(summary, detail, finding.passage);
      citations.push(c);
      lines.push("报告中相关的表述：", citationText(c));
    }
    return { year, status: "no_figure", lines, figures: [], citations, warnings: [] };
  }
  if (finding.kind === "passage") {
    const lines: string[] = [];
    const citations: Citation[] = [];
    for (const [i, part] of [finding, ...finding.also].entries()) {
      const c = passageCitation(summary, detail, part.passage);
      lines.push(i === 0 ? `${name}中关于${simplified(part.subject)}：` : `关于${simplified(part.subject)}：`, citationText(c));
      citations.push(c);
      // The rest of a list is quoted under the same source, each line verbatim.
      for (const p of part.rest) {
        lines.push(`> ${p.text.trim()}`);
        citations.push(passageCitation(summary, detail, p));
      }
      if (part.cut) lines.push("（以下从略，详见原文）");
    }
    return { year, status: "answered", lines, figures: [], citations, warnings: [] };
  }
  if (finding.measures) return foundJoined(name, year, summary, detail, finding.measures);
  return foundFigures(name, year, asked, summary, detail, decreaseAsked(detail, finding, asked));
}

/** The figures `finding` answers with, their breakdown, citations and warnings. */
function foundFigures(name: string, year: number, asked: string, summary: ReportSummary, detail: ReportDetail, finding: Finding & { kind: "figures" }): YearResult {
  const [first] = finding.figures;
  const yesNo = YES_NO.test(asked);
  const none = finding.figures.every((f) => f.value === 0);
  const parts = finding.parts === true;
  const named = finding.figures.length > 1 || (parts && !none);
  const stated = finding.figures.map((f) => (named ? `${figureName(f, parts)} ${figureText(f)}` : figureText(f))).join("；");
  // A group the report totals nowhere is given by its rows; no sum is made up.
  const subject = simplified(parts ? `${finding.subject}（年报未列合计，${none ? "各分项均为零" : "分项如下"}）` : finding.subject);
  // Names that already say what is counted (行政诉讼（复议后起诉）) need no subject before them.
  // Measures asked at once are each named by their own label.
  const said = named && !parts && (finding.joined || finding.figures.every((f) => figureName(f).startsWith(subject))) ? "" : `${subject} `;
  const head =
    yesNo && none
      ? `${name}：${subject}——没有（${stated}）。`
      : yesNo && first
        ? `${name}：${subject}——有，${stated}。`
        : `${name}：${said}${stated}。`;
  const lines = [head];
  if (finding.children.length > 0) lines.push(`其中：${finding.children.map((c) => `${simplified(c.label)} ${plainFigure(c)}`).join("；")}。`);
  // A figure ranked close behind is named too, so a reader sees the other reading the report allows.
  const runnerUp = finding.runnerUp ?? null;
  if (runnerUp) lines.push(`相近的还有：${simplified(runnerUp.label)} ${plainFigure(runnerUp)}。`);
  const cited = dedupe([...finding.figures, ...(runnerUp ? [runnerUp] : [])]);
  const citations = cited.map((f) => figureCitation(summary, detail, f));
  // 有没有收到申请 answered by a 0: the report's own words saying none came are quoted too.
  const absence = yesNo && none ? absenceStatement(detail, asked) : null;
  if (absence && !citations.some((c) => c.quote.includes(absence.text.trim()))) citations.push(sentenceCitation(summary, detail, absence));
  for (const c of dedupeCitations(citations)) lines.push(citationText(c));
  const keys = new Set([...finding.figures, ...finding.children].map((f) => f.key));
  const warnings = detail.warnings.filter((w) => w.figureKeys.some((k) => keys.has(k))).map((w) => w.message);
  for (const w of warnings) lines.push(`注意：${w}`);
  // The runner-up is named and cited, but it is not the answer: `figures` holds the answer only.
  const figures = dedupe([...finding.figures, ...finding.children]);
  const headline = finding.figures.length === 1 && !parts ? { headline: first!, headlineIsChange: statesChange(detail, first!) } : {};
  const choices = runnerUp ? { choices: [figureChoice(summary, runnerUp)] } : {};
  return { year, status: "answered", lines, figures, citations, warnings, ...headline, ...choices, ...(finding.why ? { explain: finding.why } : {}) };
}

// A question asking how much something fell (减少了多少项, 下降了几件).
const DECREASE = /减少|下降|降低|减了|少了|压减|缩减|精简/u;
// 增减了多少, 增/减: the change either way, asked with its sign.
const EITHER_WAY = /增\s*[/、]?\s*减/gu;
// The template's 本年增/减 column closing a figure's subject, renamed for the fall it states.
const TWO_WAY_COLUMN = /增\s*\/?\s*减$/u;

/**
 * A change stored with its sign (the template's 本年增/减 of -2) asked as a fall (减少了多少项) is
 * answered by how much it fell: the same stored figure, read without its sign.
 */
function decreaseAsked(detail: ReportDetail, finding: Finding & { kind: "figures" }, asked: string): Finding & { kind: "figures" } {
  const [only] = finding.figures;
  if (finding.figures.length !== 1 || !only || only.value >= 0 || finding.parts || !DECREASE.test(asked.replace(EITHER_WAY, "")) || !statesChange(detail, only)) return finding;
  const subject = TWO_WAY_COLUMN.test(finding.subject) ? finding.subject.replace(TWO_WAY_COLUMN, "减少") : `${finding.subject}（减少）`;
  return { ...finding, subject, figures: [{ ...only, value: -only.value }] };
}

/** `figure` of the report `summary` as a choice a front offers. */
function figureChoice(summary: ReportSummary, figure: StoredFigure): FigureChoice {
  const { key, value, unit, approximate } = figure;
  return { reportId: summary.id, year: summary.year, figureKey: key, label: simplified(figure.label), value, unit, approximate };
}

/** What `figure`, picked among the choices an answer offered, answers for `agency`'s report `detail`: it alone, cited, with its breakdown. */
export function chosenFigure(agency: AgencyEntry, detail: ReportDetail, figure: StoredFigure): YearResult {
  const year = detail.summary.year ?? 0;
  return found(agency, year, "", detail.summary, detail, pickedFinding(detail, figure));
}

/** The citation of a stored figure. */
export function figureCitation(summary: ReportSummary, detail: ReportDetail, f: StoredFigure): Citation {
  return sourceRunCitation(withCell(spanCitation(summary, sectionHeading(detail, f.sectionIndex), f, f.quote), f), detail.passages, f.label);
}

/** The citation of a figure read with its section's heading, without its report's detail. */
export function readFigureCitation(summary: ReportSummary, f: ReportFigure): Citation {
  return withCell(spanCitation(summary, f.section, f, f.quote), f);
}

/** The citation of a sentence of a report. */
function sentenceCitation(summary: ReportSummary, detail: ReportDetail, s: Sentence): Citation {
  return sourceRunCitation(spanCitation(summary, sectionHeading(detail, s.sectionIndex), s, s.text), detail.passages);
}

/** The citation of a passage. */
export function passageCitation(summary: ReportSummary, detail: ReportDetail, p: StoredPassage): Citation {
  return sourceRunCitation(spanCitation(summary, sectionHeading(detail, p.sectionIndex), p, p.text), detail.passages);
}

function withCell(citation: Citation, f: StoredFigure): Citation {
  const cell = tableCell(f);
  return cell ? markupRowCitation({ ...citation, cell }) : citation;
}

function sectionHeading(detail: ReportDetail, sectionIndex: number): string {
  return detail.sections.find((s) => s.index === sectionIndex)?.heading ?? "";
}

/** The citation of `quote`, the text of `span` in the section headed `section`. */
function spanCitation(summary: ReportSummary, section: string, span: { start: number; end: number }, quote: string): Citation {
  return {
    agency: summary.agencyNormalized ?? summary.agency,
    year: summary.year,
    title: summary.title,
    source: summary.source,
    url: summary.url,
    section,
    quote,
    reportId: summary.id,
    start: span.start,
    end: span.end,
  };
}

/** The reports of `agency` as candidates, newest first. */
export function candidatesOf(agency: AgencyEntry): Candidate[] {
  return agency.reports.map((r) => ({ agency: agency.name, year: r.year, reportId: r.id }));
}

/** An answer value with no figures yet. */
export function base(status: Answer["status"], text: string, agency: string | null, year: number | null, candidates: Candidate[]): Answer {
  return { status, text, agency, year, figures: [], citations: [], candidates, warnings: [] };
}

function empty(year: number, status: YearResult["status"], lines: string[]): YearResult {
  return { year, status, lines, figures: [], citations: [], warnings: [] };
}

function dedupe(figures: StoredFigure[]): StoredFigure[] {
  return figures.filter((f, i) => figures.findIndex((g) => g.key === f.key) === i);
}

// Cells of one table row share its quote: the row is shown once, with each cell named.
function dedupeCitations(citations: Citation[]): Citation[] {
  const kept: Citation[] = [];
  for (const c of citations) {
    const i = kept.findIndex((d) => (d.row ?? d.quote) === (c.row ?? c.quote) && d.reportId === c.reportId);
    if (i < 0) kept.push(c);
    else if (c.cell && kept[i]!.cell !== undefined && !kept[i]!.cell!.split("；").includes(c.cell)) kept[i] = { ...kept[i]!, cell: `${kept[i]!.cell}；${c.cell}` };
  }
  return kept;
}

