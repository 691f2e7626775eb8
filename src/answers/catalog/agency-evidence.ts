/**
 * Weighing the agencies a question may be about. Every candidate collects the clues of the
 * question it explains — its full name written out, each place of its name the question writes,
 * each place it lies within that its name leaves out, its own kind word written as stored, a year
 * asked that it holds, the question's kind word being its own kind or a shortening of it (卫健委 →
 * 卫生健康委员会) — and scores their weights. The best
 * score wins; candidates tied at the top are what the question leaves open. The weights are
 * spaced so each clue outweighs all the clues below it together: a place written outweighs any
 * number of tie-breaks, a full name any number of places.
 */
import { abbreviates } from "../../text/short-names.ts";
import type { KindMention } from "./alias-table.ts";
import type { AgencyEntry } from "./catalog-index.ts";
import type { AgencyLevel } from "../../domain/report.ts";

/** The weight of each clue a question gives to one agency. */
export const AGENCY_CLUE_WEIGHTS = {
  /** The agency's full name written out (凉州区科学技术局). */
  fullName: 64,
  /** One place of its name written (凉州区, or its stem 凉州). */
  place: 32,
  /** A place it lies within written, which its name leaves out (天津 of 新开河街道办事处). */
  within: 32,
  /** Its stored kind written whole (科学技术局). */
  kindWritten: 16,
  /** The innermost place of its name written: 广州市 asks 广州市人民政府, not 广州市黄埔区人民政府. */
  innermost: 8,
  /** The level written in place of a place (省 of 省审计厅, 自治区 of 自治区国资委) is its own. */
  level: 4,
  /** It holds a report of a year the question asks. */
  holdsYear: 2,
  /** The question's kind word is its kind's ending or shortens it (卫健委 of 卫生健康委员会, not 卫生局). */
  kindForm: 1,
} as const;

export type AgencyClueName = keyof typeof AGENCY_CLUE_WEIGHTS;

/** What the question gives beyond the candidates themselves. */
export interface QuestionClues {
  /** The question's matching form. */
  text: string;
  /** Held places the question writes, each with the agencies it names. */
  places: readonly { token: string; entries: readonly AgencyEntry[] }[];
  years: readonly number[];
  /** Kinds named through the alias groups (科技局, 卫健委). */
  mentions: readonly KindMention[];
  /** The level a question writes instead of a place (省审计厅), or null. */
  level: AgencyLevel | null;
}

/** One candidate with its score and the clues behind it (`place:凉州 +10`, `holdsYear:2021 +2`). */
export interface WeighedAgency {
  agency: AgencyEntry;
  score: number;
  evidence: string[];
}

/** Scores each of `candidates` on the question's clues, best first. */
export function weighAgencies(candidates: readonly AgencyEntry[], clues: QuestionClues): WeighedAgency[] {
  const weighed = candidates.map((agency) => {
    const found: [AgencyClueName, string][] = [];
    if (clues.text.includes(agency.name)) found.push(["fullName", agency.name]);
    for (const p of clues.places) {
      if (p.entries.includes(agency)) found.push(["place", p.token]);
      else if (agency.within.has(p.token)) found.push(["within", p.token]);
    }
    if (clues.text.includes(agency.kind)) found.push(["kindWritten", agency.kind]);
    const innermost = agency.places.at(-1);
    const written = innermost ? clues.places.find((p) => p.entries.includes(agency) && innermost.startsWith(p.token)) : undefined;
    if (written) found.push(["innermost", written.token]);
    if (clues.level !== null && agency.reports[0]?.level === clues.level) found.push(["level", clues.level]);
    const year = clues.years.find((y) => agency.reports.some((r) => r.year === y));
    if (year !== undefined) found.push(["holdsYear", String(year)]);
    const form = clues.mentions.find((m) => agency.kind.endsWith(m.form) || abbreviates(m.form, agency.kind));
    if (form) found.push(["kindForm", form.form]);
    return {
      agency,
      score: found.reduce((sum, [clue]) => sum + AGENCY_CLUE_WEIGHTS[clue], 0),
      evidence: found.map(([clue, what]) => `${clue}:${what} +${AGENCY_CLUE_WEIGHTS[clue]}`),
    };
  });
  return weighed.sort((a, b) => b.score - a.score);
}

/** The candidates sharing the best score (one when the question decides), best first. */
export function topWeighed(weighed: readonly WeighedAgency[]): WeighedAgency[] {
  const best = weighed[0]?.score;
  return weighed.filter((w) => w.score === best);
}
