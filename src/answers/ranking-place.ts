/**
 * A ranking that names no place (哪个单位主动公开最多) over a corpus too large to rank as a whole:
 * the answer asks which place to rank within, offering the places the corpus holds for that year
 * (the widest level of place that divides the agencies) as choices a front shows as buttons.
 */
import type { Answer } from "./answer.ts";
import { base } from "./answer-report.ts";
import type { AgencyEntry } from "./catalog/catalog-index.ts";
import type { Region } from "../domain/report.ts";

/** Agencies a ranking over the whole corpus may read (one report each); over it, the answer asks for a place. Default of `AnswerEngineDeps.wholeRankingLimit`. */
export const WHOLE_RANKING_LIMIT = 30;

/** Places offered to rank within. */
const MAX_PLACES = 10;

const LEVELS = ["province", "city", "county"] as const satisfies readonly (keyof Region)[];

/** The agencies of `agencies` holding a report of `year`. */
export function holdingYear(agencies: AgencyEntry[], year: number): AgencyEntry[] {
  return agencies.filter((a) => a.reports.some((r) => r.year === year));
}

/** An `ambiguous` answer asking which place to rank `agencies` (those holding `year`) within. */
export function askRankingPlace(agencies: AgencyEntry[], year: number, subject: string): Answer {
  const places = placesOf(agencies, year);
  const lines = [`请指明在哪个地方的机构中比较${year}年的${subject || "数字"}，例如：`, ...places.map((p) => `- ${p}`)];
  const answer = base("ambiguous", lines.join("\n"), null, year, []);
  answer.candidates = places.map((p) => ({ agency: p, year, reportId: null }));
  return answer;
}

/** The places of the widest level that splits the agencies in two or more, those with most agencies first. */
function placesOf(agencies: AgencyEntry[], year: number): string[] {
  let best: Map<string, number> = new Map();
  for (const level of LEVELS) {
    const counts = new Map<string, number>();
    for (const a of agencies) {
      const place = a.reports.find((r) => r.year === year)?.region[level];
      if (place) counts.set(place, (counts.get(place) ?? 0) + 1);
    }
    if (counts.size >= 2) {
      best = counts;
      break;
    }
    if (best.size === 0) best = counts;
  }
  return [...best.entries()]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], "zh"))
    .slice(0, MAX_PLACES)
    .map(([p]) => p);
}
