/**
 * The template measure a ranking asks for (主动公开 total, 新收申请, 行政复议 …) when the stored
 * figures of that measure answer it as they stand, and the figure of one report that ranks it.
 * A ranking of such a measure reads those figures of all its reports in one query instead of each
 * report's detail.
 */
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import { askedChannel, GROUP_OF_DEPARTMENTS } from "../question/metric-intent.ts";
import type { Understanding } from "../question/understand-question.ts";
import type { ReportFigure } from "../report-source.ts";
import { askedKind } from "./asked-kind.ts";
import { askedMetrics } from "./asked-metrics.ts";
import { askedRate } from "./rate-figure.ts";

/** The metric keys, most wanted first, whose stored figures rank `u`'s measure; null when only the report's detail can. */
export function rankedMetrics(u: Understanding): string[] | null {
  const intent = u.intent;
  if (!intent || intent.kind !== "figure") return null;
  // A rate, one group's part, one kind or channel of a total and litigation's kinds are chosen by
  // reading the report around its figures.
  if (askedRate(u.query) || u.query.match(GROUP_OF_DEPARTMENTS) || askedKind(u.query) || askedChannel(u.query) || intent.id === "litigation") return null;
  const metrics = askedMetrics(intent, u.query);
  // A report-specific figure or a category of the total is named by its label, not its metric.
  if (metrics.length === 0 || metrics.some((m) => m === NARRATIVE_METRICS.misc || m === NARRATIVE_METRICS.proactiveCategory)) return null;
  return metrics;
}

/** The figure of one report (`figures` all its own) that ranks it: the first stated of the most wanted metric, in a unit asked. */
export function rankingFigure(figures: readonly ReportFigure[], metrics: readonly string[], units: readonly string[] | null): ReportFigure | null {
  for (const metric of metrics) {
    const found = figures.find((f) => f.metric === metric && (units === null || units.includes(f.unit)));
    if (found) return found;
  }
  return null;
}
