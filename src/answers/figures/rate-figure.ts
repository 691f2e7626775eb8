/**
 * A rate a question names (按时办结率, 公开率, 公示率): the report-specific figure whose label
 * names the same rate. The count of the measure the rate is of (办结 → 办理结果总计) is never it.
 */
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import type { ReportDetail, StoredFigure } from "../report-source.ts";
import type { MatchingForm } from "../search/matching-form.ts";

// The two characters before 率 name the rate (办结率, 公示率, 可办率).
const RATE = /([\u4e00-\u9fff]{2})率/u;
// 增长率 and the like ask for a change on the year before, which is read after its figure.
const CHANGE_RATES = new Set(["增长", "下降", "上升", "提高", "降低", "减少", "增加"]);

/** The rate `query` names with the words before it (按时办结率 of 依申请公开按时办结率是多少), or null when it names none or a change. */
export function askedRate(query: string): { rate: string; named: string } | null {
  const m = RATE.exec(query);
  if (!m || CHANGE_RATES.has(m[1]!)) return null;
  return { rate: m[0], named: query.slice(0, m.index + m[0].length) };
}

/**
 * The figure of `detail` stating the rate: of those whose label names it, the one naming most of
 * the words before it in the question (企业年报公示率 over 上网公示率), then the shortest label.
 */
export function rateFigure(detail: ReportDetail, asked: { rate: string; named: string }, form: MatchingForm): StoredFigure | null {
  let best: StoredFigure | null = null;
  let bestLength = 0;
  let bestShared = 0;
  for (const f of detail.figures) {
    if (f.metric !== NARRATIVE_METRICS.misc) continue;
    const label = form(f.label);
    if (!label.includes(asked.rate)) continue;
    // The longest tail of the question's words up to the rate that the label holds, then the most
    // of its other words (政协提案 of 政协提案答复主动公开的公开率 over 人大建议…的公开率).
    let length = asked.rate.length;
    while (length < asked.named.length && label.includes(asked.named.slice(-(length + 1)))) length++;
    const shared = bigramsShared(asked.named, label);
    const better = length > bestLength || (length === bestLength && (shared > bestShared || (shared === bestShared && best !== null && f.label.length < best.label.length)));
    if (better) {
      best = f;
      bestLength = length;
      bestShared = shared;
    }
  }
  return best ?? percentNamingRate(detail, asked, form);
}

/** Fewest characters of what a rate is of that a percentage's label must hold to state it. */
const MIN_RATE_STEM = 3;

/**
 * A percentage whose label holds what the rate is of, without 率 (全文电子化达100% for 全文电子化率):
 * the one holding the longest run of the question's words before 率.
 */
function percentNamingRate(detail: ReportDetail, asked: { rate: string; named: string }, form: MatchingForm): StoredFigure | null {
  const stem = asked.named.slice(0, -1);
  let best: StoredFigure | null = null;
  let bestLength = MIN_RATE_STEM - 1;
  for (const f of detail.figures) {
    if (f.metric !== NARRATIVE_METRICS.misc || f.unit !== "%") continue;
    const label = form(f.label);
    let length = 0;
    while (length < stem.length && label.includes(stem.slice(-(length + 1)))) length++;
    if (length > bestLength) {
      best = f;
      bestLength = length;
    }
  }
  return best;
}

/** How many of the character pairs of `named` `label` holds. */
function bigramsShared(named: string, label: string): number {
  let n = 0;
  for (let i = 0; i + 2 <= named.length; i++) if (label.includes(named.slice(i, i + 2))) n++;
  return n;
}
