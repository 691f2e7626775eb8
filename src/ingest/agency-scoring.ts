/**
 * Weighing the clues to a report's agency: each distinct name scores the weights of the clues
 * that name it (a clue without a place, such as 市民政局, counts half for a name ending with it,
 * such as 荆州市民政局), plus what the name itself shows (a place, a national organ or a provincial
 * body opening it, an office kind agreeing with how the report refers to itself). The highest
 * score wins; the clues behind it are its evidence.
 */
import { opensWithOldNameOnly, placeRunAt, placesStemmed } from "../places/gazetteer.ts";
import { ZONE_WORDS } from "../places/zone-names.ts";
import { organNamed, provincialBodyAt } from "../places/organs.ts";
import type { AgencyClue, ClueSource } from "./agency-clues.ts";
import { normalizeAgencyName } from "./agency-names.ts";
import { abbreviates, gapsLeftOut } from "../text/short-names.ts";

/** The weight of one clue from each source. */
export const CLUE_WEIGHTS: Readonly<Record<ClueSource, number>> = {
  // The page's own field outweighs its title where the two name different organs.
  publisher: 7,
  title: 6,
  heading: 6,
  announced: 6,
  compiled_by: 5,
  signature: 4,
  source_field: 3,
  subject: 3,
  contact: 3,
  address: 3,
  self_reference: 2,
  // The report's own account, named by its place's stem and its field (“大余民政”).
  account: 3,
  // An organ a translated copy names in English: the copy's Chinese may have lost every name.
  translated: 3,
  // A national organ known only by how it calls itself (总局) and the words of its field (体育).
  field: 1,
  // A summary of the bodies under one government (各政府机关, its cities listed): only where nothing names the filer.
  aggregate: 1,
  mention: 0.5,
};
/** Mentions in passing add up to at most this much. */
const MENTION_CAP = 2;
/** Share of a clue's weight that goes to a longer name ending with it. */
const SUFFIX_SHARE = 0.5;
/** Shorter names (办公厅, 民政局) say too little to support a longer one. */
const MIN_SUPPORTING = 4;
/** Mentions in passing name the agency only when they recur. */
const MIN_MENTIONS_ALONE = 2;
/** A name opening with a place of the gazetteer or naming a national organ. */
const PLACED_BONUS = 2;
/** A name with neither: 委员会, 保障局. */
const UNPLACED_PENALTY = -2;
/** The name ends with the kind of office the report calls itself by (我局 → …局). */
const SELF_KIND_BONUS = 1;
/** It ends with another kind: a report saying 我委 is not filed by a 局. */
const SELF_KIND_MISMATCH = -2;

export interface ScoredAgency {
  /** The winning name as the clues write it. */
  name: string;
  score: number;
  /** Winner's share of the two best scores: 1 when nothing competes. */
  confidence: number;
  /** The clues naming the winner, strongest first (`announced:东风区人力资源和社会保障局`). */
  evidence: string[];
}

/** The best-supported name among `clues`, or null when there are none. */
export function scoreAgencyClues(clues: readonly AgencyClue[], selfKind: string | null): ScoredAgency | null {
  if (clues.length === 0) return null;
  // An organ's short name (安监总局) and its full name are one candidate.
  const keyed = clues.map((c) => ({ ...c, key: organKey(normalizeAgencyName(c.name)) }));
  const names = [...new Set(keyed.map((c) => c.key))];
  const scored = names.map((key) => {
    let score = 0;
    let mentions = 0;
    const evidence: Array<{ text: string; weight: number }> = [];
    for (const c of keyed) {
      const share =
        sameBody(key, c.key, c.name)
          ? 1
          : key.endsWith(c.key) && c.key.length >= MIN_SUPPORTING && (!placed(c.key) || opensWithOldNameOnly(c.key))
            ? SUFFIX_SHARE
            : 0;
      if (share === 0) continue;
      const weight = CLUE_WEIGHTS[c.source] * share;
      if (c.source === "mention") {
        const add = Math.min(weight, MENTION_CAP - mentions);
        mentions += add;
        score += add;
      } else score += weight;
      evidence.push({ text: `${c.source}:${c.name}`, weight });
    }
    // Passing mentions alone (国务院办公厅 in a cited notice) earn a name nothing for being placed.
    const named = evidence.some((e) => !e.text.startsWith("mention:"));
    // A name passing mentions could not carry stays at nothing, whatever kind it is.
    const carried = named || mentions >= MIN_MENTIONS_ALONE * CLUE_WEIGHTS.mention;
    if (!carried) score = 0;
    else score += placed(key) ? (named ? PLACED_BONUS : 0) : UNPLACED_PENALTY;
    if (selfKind && carried) score += endsWithSelfKind(key, selfKind) ? SELF_KIND_BONUS : SELF_KIND_MISMATCH;
    evidence.sort((a, b) => b.weight - a.weight);
    const written = keyed.filter((c) => c.key === key).sort((a, b) => CLUE_WEIGHTS[b.source] - CLUE_WEIGHTS[a.source])[0]?.name ?? key;
    return { key, name: written, score, evidence: [...new Set(evidence.map((e) => e.text))] };
  });
  scored.sort((a, b) => b.score - a.score || b.key.length - a.key.length);
  const best = scored[0]!;
  // The runner-up is another body: the winner's name written with or without its parents competes with nothing.
  const second = scored.find((c) => c !== best && !sameBody(best.key, c.key, c.name) && !sameBody(c.key, best.key, best.name));
  if (best!.score <= 0 && !best!.evidence.some((e) => !e.startsWith("mention:"))) return null;
  const confidence = second && best!.score > 0 ? Math.max(0, best!.score - Math.max(0, second.score)) / best!.score : 1;
  return { name: best!.name, score: best!.score, confidence: Math.round(confidence * 100) / 100, evidence: best!.evidence };
}

// A report saying 我办 may be an office's or a 街道办事处's.
const SELF_KIND_FORMS: Readonly<Record<string, readonly string[]>> = { 办公室: ["办公室", "办公厅", "办事处", "办"] };

function endsWithSelfKind(name: string, selfKind: string): boolean {
  return (SELF_KIND_FORMS[selfKind] ?? [selfKind]).some((k) => name.endsWith(k));
}

/** Whether `longer` is `shorter` with places written before it (武汉市 + 江汉区人民政府): the same agency. */
/** Whether the clue keyed `clueKey`, written `written`, names the body keyed `key`: the same name, with or without its parents, by level or shortened. */
function sameBody(key: string, clueKey: string, written: string): boolean {
  return clueKey === key || withParents(key, clueKey) || withParents(clueKey, key) || writtenByLevel(key, clueKey) || shortenedFrom(written, key);
}

function withParents(longer: string, shorter: string): boolean {
  if (longer.length <= shorter.length || !longer.endsWith(shorter) || placeRunAt(shorter) === null) return false;
  const prefix = longer.slice(0, longer.length - shorter.length);
  return placeRunAt(prefix)?.length === prefix.length;
}

/**
 * Whether `written` is `full` shortened (台儿庄区文广局 of 台儿庄区文化广电新闻出版局), both opening with
 * the same place: characters left out in more than one place. One run left out is a word spliced in
 * (宜都市澳门民政局 of a spam copy) or a form of the same name (教育体育局 of 教育和体育局).
 */
function shortenedFrom(written: string, full: string): boolean {
  const run = placeRunAt(written);
  return run !== null && written.length >= MIN_SUPPORTING && full.startsWith(written.slice(0, run.length)) && abbreviates(written, full) && gapsLeftOut(written, full) >= 2;
}


// The level words a name may open with in place of its place (省发展改革委 of 河北省发展和改革委员会).
const LEVEL_OPENING = /^(?:自治区|省|市|州|县|区|旗)/u;

/** Whether `short` is `full` written by its place's level word, its body shortened or not (省发展改革委). */
function writtenByLevel(full: string, short: string): boolean {
  const level = LEVEL_OPENING.exec(short)?.[0];
  const run = level ? placeRunAt(full) : null;
  if (!level || !run || !full.slice(0, run.length).endsWith(level)) return false;
  const body = full.slice(run.length);
  const rest = short.slice(level.length);
  return rest === body || abbreviates(rest, body);
}

// 郑州高新区沟赵办事处: a zone named by its place's stem (郑州高新区) places the name as a place would.
const ZONE_OPENING = new RegExp(`^(\\p{Script=Han}{2,4}?)(?:${ZONE_WORDS.join("|")})`, "u");

function opensWithZone(name: string): boolean {
  const stem = ZONE_OPENING.exec(name)?.[1];
  // A township's stem (冶金 of 冶金街道) names no zone: zones are named after their county or city.
  return stem !== undefined && (placesStemmed(stem).some((p) => p.level !== "township") || placeRunAt(stem)?.length === stem.length);
}

function placed(name: string): boolean {
  return placeRunAt(name) !== null || opensWithZone(name) || organNamed(name) !== undefined || provincialBodyAt(name) !== undefined || /^(?:国务院|国家|中国|中华人民共和国|中央)/.test(name);
}

function organKey(name: string): string {
  return organNamed(name)?.name ?? name;
}
