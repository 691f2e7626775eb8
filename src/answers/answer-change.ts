/**
 * Answering a change between two years of one agency's figure (2021年比2020年多公开了多少条,
 * 增长了百分之几): each year is answered as a question of its own, then the difference or growth is
 * computed from the two stored figures and shown with its formula and both citations. When a year
 * gives no single figure, the answer says which and shows what each year does say.
 */
import type { Answer, DerivedFigure } from "./answer.ts";
import { answerForAgency, answerYear, base, candidatesOf, type YearResult } from "./answer-report.ts";
import type { AgencyEntry } from "./catalog/catalog-index.ts";
import { withoutChange, type AskedChange } from "./question/asked-change.ts";
import type { Understanding } from "./question/understand-question.ts";
import { citationText, figureName, figureText } from "./render/answer-text.ts";
import type { ReportCache } from "./report-cache.ts";
import type { StoredFigure } from "./report-source.ts";

/** Answers `u`, which asks for `u.change`, for `agency`. */
export async function answerChange(agency: AgencyEntry, u: Understanding, reports: ReportCache): Promise<Answer> {
  const change = u.change!;
  if (change.yearBefore || change.earlier === change.later - 1) {
    // 比上年多了多少, 2022年比2021年少了几件: a change on the year before the report states answers
    // as it stands; only a figure of the year alone is compared with the year before's. Two years
    // named are compared whenever the later states no change.
    const stated = await answerYear(agency, change.later, { ...u, change: null }, reports);
    const answers = stated.status === "answered" && stated.headline !== undefined && stated.headlineIsChange === true;
    if (answers || (change.yearBefore && (stated.status !== "answered" || !stated.headline))) return answerForAgency(agency, { ...u, change: null }, reports);
  }
  // Each year is asked for its figure alone: the comparison's words would pick a stated change instead.
  const of = (year: number): Understanding => ({ ...u, years: [year], change: null, query: withoutChange(u.query), text: withoutChange(u.text) });
  const later = await answerYear(agency, change.later, of(change.later), reports);
  const earlier = await answerYear(agency, change.earlier, of(change.earlier), reports);
  const lines = u.assumed ? [`按上一问的${u.assumed}回答。`] : [];
  const pair = `${change.later}年比${change.earlier}年`;
  const [a, b] = [later.headline, earlier.headline];
  if (!a || !b || a.unit !== b.unit) {
    lines.push(`无法计算${pair}的变化：${missing(later, earlier, a, b)}。`, ...later.lines, ...earlier.lines);
    return combined(agency, lines, [later, earlier]);
  }
  const derived = derive(change, a, b);
  // A growth names what grew; a difference says it with the question's own verb (多公开), else names it too.
  const subject = change.kind === "growth" || change.verb === "" ? (u.intent?.subject ?? "") : "";
  lines.push(`${agency.name}${pair}${subject}${changeText(change, derived, a, b)}。`);
  lines.push(`- ${change.later}年：${figureName(a)} ${figureText(a)}`, `- ${change.earlier}年：${figureName(b)} ${figureText(b)}`);
  // The first citation of each year is its headline figure's.
  const citations = [later.citations[0]!, earlier.citations[0]!];
  for (const c of citations) lines.push(citationText(c));
  const answer = base("answered", lines.join("\n"), agency.name, change.later, []);
  answer.figures = [a, b].map(({ metric, label, value, unit, approximate }) => ({ metric, label, value, unit, approximate }));
  answer.citations = citations;
  answer.warnings = [...later.warnings, ...earlier.warnings];
  if (derived) answer.derived = [derived];
  return answer;
}

/** The difference or growth of `a` over `b`; null for growth over a zero. */
export function derive(change: AskedChange, a: StoredFigure, b: StoredFigure): DerivedFigure | null {
  const approximate = a.approximate || b.approximate;
  if (change.kind === "difference") {
    // Values with decimals (1.2万条) subtract to the same decimals, not to a float's tail.
    const digits = Math.max(decimals(a.value), decimals(b.value));
    return { kind: "difference", value: Number(Math.abs(a.value - b.value).toFixed(digits)), unit: a.unit, approximate, operands: [a.value, b.value] };
  }
  if (b.value === 0) return null;
  const exact = (Math.abs(a.value - b.value) / b.value) * 100;
  const value = Math.round(exact * 10) / 10;
  return { kind: "growth", value, unit: "%", approximate: approximate || Math.abs(value - exact) > 1e-9, operands: [a.value, b.value] };
}

function changeText(change: AskedChange, d: DerivedFigure | null, a: StoredFigure, b: StoredFigure): string {
  if (a.value === b.value) return `持平（均为${figureText(a)}）`;
  if (!d) return `的增长无法按百分比计算：${change.earlier}年为${figureText(b)}`;
  const up = a.value > b.value;
  const about = d.approximate ? "约" : "";
  const [big, small] = up ? [a.value, b.value] : [b.value, a.value];
  if (d.kind === "difference") return `${up ? "多" : "少"}${change.verb} **${about}${d.value}${d.unit}**（${big} − ${small}）`;
  return `${up ? "增长" : "下降"} **${about}${d.value}%**（(${big} − ${small}) ÷ ${b.value}）`;
}

/** Why no change can be computed: the year(s) giving no single figure, or units that differ. */
function missing(later: YearResult, earlier: YearResult, a: StoredFigure | undefined, b: StoredFigure | undefined): string {
  if (a && b) return `两年数字的单位不同（${a.unit}、${b.unit}）`;
  const lacking = [later, earlier].filter((r) => !r.headline).map((r) => `${r.year}年`);
  return `缺少${lacking.join("和")}的数字`;
}

function combined(agency: AgencyEntry, lines: string[], results: YearResult[]): Answer {
  const statuses = results.map((r) => r.status);
  const status = statuses.includes("answered") ? "answered" : statuses.includes("no_figure") ? "no_figure" : "not_found";
  const answer = base(status, lines.join("\n"), agency.name, null, []);
  answer.figures = results.flatMap((r) => r.figures).map(({ metric, label, value, unit, approximate }) => ({ metric, label, value, unit, approximate }));
  answer.citations = results.flatMap((r) => r.citations);
  answer.warnings = results.flatMap((r) => r.warnings);
  if (status === "not_found") answer.candidates = candidatesOf(agency);
  return answer;
}

function decimals(n: number): number {
  return String(n).split(".")[1]?.length ?? 0;
}
