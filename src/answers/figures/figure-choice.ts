/**
 * Choosing, within one report, what answers an intent: the stored figure(s) of its metric, a
 * proactive-disclosure category named in the question, a report-specific figure found by its
 * label and quote, or the passage a text question asks for.
 */
import type { ReportDetail, StoredFigure, StoredPassage } from "../report-source.ts";
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import type { MetricIntent } from "../question/metric-intent.ts";
import { reasonMetric } from "../question/metric-intent.ts";
import { rankByBigrams, sharedBigrams } from "../search/passage-ranker.ts";

export type Finding =
  | { kind: "figures"; figures: StoredFigure[]; children: StoredFigure[]; subject: string }
  | { kind: "passage"; passage: StoredPassage; subject: string }
  /** The report states no such figure; `passage` is what it says on the subject, when anything. */
  | { kind: "none"; passage: StoredPassage | null; subject: string };

/** What a question asks, as far as one report is concerned. */
export interface Asked {
  intent: MetricIntent | null;
  /** The question's matching form with agency and years removed. */
  query: string;
  /** Units the question's measure word accepts, or null. */
  units: string[] | null;
}

const MIN_MISC_OVERLAP = 2;
const CATEGORY_NOISE = /^(其中|包括)|(类信息|信息|类)$/g;
// Labels that name the whole, not a category of it.
const NOT_CATEGORIES = new Set(["政府", "政府信息", "公开", "主动公开", "各类", "信息公开"]);

/** Finds what answers `asked` in `detail`. */
export function findInReport(detail: ReportDetail, asked: Asked): Finding {
  const { intent } = asked;
  if (!intent || intent.id === "proactive.total") {
    const category = categoryFigure(detail, asked.query);
    if (category) return figureFinding(detail, [category], category.label);
  }
  if (intent?.kind === "text") {
    const passage = sectionPassage(detail, intent.section, [...intent.passageWords, ...intent.phrases].join(" ") + asked.query);
    return passage ? { kind: "passage", passage, subject: intent.subject } : { kind: "none", passage: null, subject: intent.subject };
  }
  if (intent) {
    const figures = metricFigures(detail, intent, asked.query);
    if (figures.length > 0) return figureFinding(detail, figures, intent.subject);
    return { kind: "none", passage: sectionPassage(detail, intent.section, intent.phrases.join(" ")), subject: intent.subject };
  }
  const misc = miscFigure(detail, asked);
  if (misc) return figureFinding(detail, [misc], misc.label);
  const passage = rankByBigrams(detail.passages, (p) => p.text, asked.query)[0]?.item ?? null;
  return { kind: "none", passage, subject: asked.query.trim() };
}

function figureFinding(detail: ReportDetail, figures: StoredFigure[], subject: string): Finding {
  const keys = new Set(figures.map((f) => f.key));
  const children = detail.figures.filter((f) => f.parentKey !== null && keys.has(f.parentKey));
  return { kind: "figures", figures, children, subject };
}

function metricFigures(detail: ReportDetail, intent: MetricIntent, query: string): StoredFigure[] {
  const reason = reasonMetric(query);
  const metrics = reason && intent.id.startsWith("applications.") ? [reason, ...intent.metrics] : intent.metrics;
  for (const metric of metrics) {
    const found = detail.figures.filter((f) => f.metric === metric);
    if (found.length > 0) return [found[0]!];
  }
  // Litigation is stated per kind (direct, after reconsideration): both are the answer, never their sum.
  if (intent.id === "litigation") {
    return intent.metrics.slice(1).flatMap((m) => detail.figures.filter((f) => f.metric === m).slice(0, 1));
  }
  return [];
}

function categoryFigure(detail: ReportDetail, query: string): StoredFigure | null {
  let best: StoredFigure | null = null;
  let bestLength = 0;
  for (const f of detail.figures) {
    if (f.metric !== NARRATIVE_METRICS.proactiveCategory) continue;
    const name = f.label.replace(CATEGORY_NOISE, "").replace(CATEGORY_NOISE, "");
    if (name.length >= 2 && !NOT_CATEGORIES.has(name) && query.includes(name) && name.length > bestLength) {
      best = f;
      bestLength = name.length;
    }
  }
  return best;
}

function miscFigure(detail: ReportDetail, asked: Asked): StoredFigure | null {
  let best: StoredFigure | null = null;
  let bestScore = 0;
  for (const f of detail.figures) {
    if (f.metric !== NARRATIVE_METRICS.misc) continue;
    const label = sharedBigrams(f.label, asked.query);
    const quote = sharedBigrams(f.quote, asked.query);
    if (Math.max(label, quote) < MIN_MISC_OVERLAP) continue;
    let score = label * 2 + quote;
    if (asked.units) score += asked.units.includes(f.unit) ? 3 : -5;
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

/** The passage of a section of `kind` that best matches `words`; any passage when no section of that kind exists. */
function sectionPassage(detail: ReportDetail, kind: string, words: string): StoredPassage | null {
  const sections = new Set(detail.sections.filter((s) => s.kind === kind).map((s) => s.index));
  const inSection = detail.passages.filter((p) => sections.has(p.sectionIndex) && !isHeading(detail, p));
  const pool = inSection.length > 0 ? inSection : detail.passages;
  const ranked = rankByBigrams(pool, (p) => p.text, words);
  return ranked[0]?.item ?? (inSection[0] ?? null);
}

function isHeading(detail: ReportDetail, p: StoredPassage): boolean {
  return detail.sections.some((s) => s.heading.length > 0 && s.heading.trim() === p.text.trim());
}
