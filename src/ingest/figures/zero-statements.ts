/**
 * Figures of 0 stated in words: `未接收到依申请公开政府信息` (applications), `无政府信息公开收费`
 * (fees), `未发生…行政复议…、行政诉讼…` (reconsideration and litigation), and a section on one of
 * these subjects whose whole body is 无.
 */
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import type { SectionKind } from "../../domain/report.ts";
import type { NormalizedText } from "../../text/normalized-text.ts";
import type { DraftFigure } from "./figure-draft.ts";
import { labelSpan, writtenText } from "./figure-label.ts";
import type { FigureSection } from "./figure-input.ts";
import type { Sentence } from "./sentences.ts";

// 无 starts many words that deny nothing (无法, 无论, 无正当理由, 无疑议).
const NEGATION = "(?:未|没有|无(?!法|论|疑|正当|须|需|偿|意|关|私|线))";
interface Statement {
  metrics: string[];
  unit: string;
  pattern: RegExp;
  /** The sentence must match this to be on the subject at all, unless it stands in a section of `home`. */
  scope?: RegExp;
  /** The section kind whose sentences are on the subject whatever they say (本年度未收取任何费用 under 收费及减免情况). */
  home?: SectionKind;
  /** The clause of the match must not match this (申请行政复议 is about reconsideration, not applications). */
  exclude?: RegExp;
}

// 未发生行政复议纠错、行政诉讼败诉的情形 denies an outcome of cases, not that any were brought: it
// states no count of them (h4-102).
const OUTCOME_DENIED = /(?:复议|诉讼)被?(?:纠错|败诉|纠正|撤销)/u;

const STATEMENTS: Statement[] = [
  {
    metrics: [NARRATIVE_METRICS.applicationsReceived],
    unit: "件",
    // 没有收到申请人要求公开政府信息的情况 asks through the applicant (h8 township page).
    // 未接到群众要求公开的信息, 没有收到要求公开信息的申请: a request to disclose is an application (h11 pages).
    // 未收到公民、法人或其他组织通过…等形式的政府信息公开申请: who might have applied and how, then the applications.
    // 未接到…关于公开信息的申请: the applications named by what they ask.
    // 依申请公开信息数为零: the count written as zero.
    pattern: new RegExp(`${NEGATION}[^,;。]{0,16}?(?:依申请|公开(?:政府)?(?:信息)?的?申请|申请公开|申请人要求公开)|${NEGATION}(?:收到|接到|接收到?|受理)[^,;。]{0,12}?(?:要求|申请|请求)[^,;。]{0,6}?公开|${NEGATION}(?:收到|接到|接收到?|受理)[^;。]{0,60}?信息公开申请|依申请公开[^,;。]{0,8}?(?:为零|为0)`, "u"),
    exclude: /复议|诉讼|收费|费用|减免/u,
  },
  {
    // 无行政规范性文件出台及更新情况: the year issued none (h11 page of a 街道).
    metrics: ["art20.normative_document.issued"],
    unit: "件",
    // 未制定发布、废止行政规范性文件: the verb before what it made none of.
    pattern: new RegExp(`${NEGATION}[^,;。]{0,6}?规范性文件[^,;。]{0,4}?(?:出台|制发|制定|印发)|${NEGATION}(?:出台|制发|制定|印发)[^,;。]{0,10}?规范性文件`, "u"),
  },
  {
    metrics: [NARRATIVE_METRICS.feesTotal],
    unit: "元",
    // 信息处理费 is what the 2021 rules let an agency charge for disclosure.
    pattern: new RegExp(`${NEGATION}[^,;。]{0,20}?(?:收费|费用|处理费)|(?:收费|费用|处理费)[^,;。]{0,6}(?:为零|为0|均为零|均为0)`, "u"),
    scope: /公开|信息处理费/u,
    home: "fees",
  },
  {
    metrics: [NARRATIVE_METRICS.reviewTotal, NARRATIVE_METRICS.litigationTotal],
    unit: "件",
    pattern: new RegExp(`${NEGATION}[^,;。]{0,40}?复议[^,;。]{0,40}?诉讼`, "u"),
    scope: /公开/u,
    home: "review_litigation",
    exclude: OUTCOME_DENIED,
  },
  {
    metrics: [NARRATIVE_METRICS.reviewTotal],
    unit: "件",
    pattern: new RegExp(`${NEGATION}[^,;。]{0,40}?复议`, "u"),
    scope: /公开/u,
    home: "review_litigation",
    exclude: OUTCOME_DENIED,
  },
  {
    metrics: [NARRATIVE_METRICS.litigationTotal],
    unit: "件",
    pattern: new RegExp(`${NEGATION}[^,;。]{0,40}?诉讼`, "u"),
    scope: /公开/u,
    home: "review_litigation",
    exclude: OUTCOME_DENIED,
  },
];

const SECTION_METRICS: Partial<Record<SectionKind, { metrics: string[]; unit: string }>> = {
  applications: { metrics: [NARRATIVE_METRICS.applicationsReceived], unit: "件" },
  fees: { metrics: [NARRATIVE_METRICS.feesTotal], unit: "元" },
  review_litigation: { metrics: [NARRATIVE_METRICS.reviewTotal, NARRATIVE_METRICS.litigationTotal], unit: "件" },
};
const NOTHING_BODY = /^(?:无|没有|暂无|无此类情况|无相关情况|无此情况)[。.]?$/u;

/**
 * Zero figures from the sentences, skipping metrics listed in `stated` (a number already given
 * for them); one per metric, the first statement.
 */
export function zeroStatements(
  norm: NormalizedText,
  list: Sentence[],
  sections: FigureSection[],
  stated: Set<string>,
): DraftFigure[] {
  const out: DraftFigure[] = [];
  const done = new Set(stated);
  for (const section of sections) {
    const spec = SECTION_METRICS[section.kind];
    if (!spec || spec.metrics.every((m) => done.has(m))) continue;
    const bodyStart = norm.text.indexOf("\n", section.normStart);
    if (bodyStart < 0 || bodyStart >= section.normEnd) continue;
    const body = norm.text.slice(bodyStart, section.normEnd).trim();
    if (!NOTHING_BODY.test(body)) continue;
    const end = norm.text.lastIndexOf(body, section.normEnd) + body.length;
    const heading = labelSpan(norm.text, section.normStart, bodyStart);
    for (const metric of spec.metrics) {
      if (done.has(metric)) continue;
      done.add(metric);
      out.push(zero(metric, writtenText(norm, heading.start, heading.end), spec.unit, section.normStart, end));
    }
  }
  for (const sentence of list) {
    const text = norm.text.slice(sentence.start, sentence.end);
    const kind = sections.find((s) => sentence.start >= s.normStart && sentence.start < s.normEnd)?.kind;
    for (const statement of STATEMENTS) {
      if (statement.metrics.every((m) => done.has(m))) continue;
      if (statement.scope && !statement.scope.test(text) && kind !== statement.home) continue;
      const m = statement.pattern.exec(text);
      if (!m) continue;
      const end = clauseEnd(text, m.index + m[0].length);
      // Tested in the normalized text: a report in traditional script is written so only in its label.
      if (statement.exclude?.test(text.slice(m.index, end))) continue;
      const label = writtenText(norm, sentence.start + m.index, sentence.start + end);
      for (const metric of statement.metrics) {
        if (done.has(metric)) continue;
        done.add(metric);
        out.push(zero(metric, label, statement.unit, sentence.start, sentence.end));
      }
    }
  }
  return out;
}

function zero(metric: string, label: string, unit: string, start: number, end: number): DraftFigure {
  return { metric, label, value: 0, unit, approximate: false, normStart: start, normEnd: end, parent: null };
}

/** Where the clause holding position `to` of `text` ends. */
function clauseEnd(text: string, to: number): number {
  let end = to;
  while (end < text.length && !/[,;。:!?]/u.test(text[end]!)) end++;
  return end;
}
