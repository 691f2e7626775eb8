/**
 * One ranking of every figure of a report against what a question asks: each candidate gets a
 * score from named pieces of evidence (`ranking-weights.ts`), and the reasons it got them, so the
 * winner can say why it won.
 */
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import { isCellLabel, isTableRow } from "../../domain/table-cell.ts";
import { channelsNamed, namesOtherSection, wordsImplied } from "../question/metric-intent.ts";
import { tokenize } from "../search/bigram-tokenizer.ts";
import { COUNTING_UNITS } from "../../text/measure-words.ts";
import { placeMentions } from "../../places/gazetteer.ts";
import { CLOSED_ASIDE, type FigureCandidate } from "./figure-clause.ts";
import type { Qualifiers } from "./figure-qualifier.ts";
import { WEIGHTS as W } from "./ranking-weights.ts";
import type { StoredFigure } from "../report-source.ts";

/** What the ranking compares each candidate with. */
export interface RankingAsk {
  /** The question's asking part (agency and years removed), in matching form. */
  query: string;
  /** Its words beyond the measure's own phrases: what a figure no metric or category names must share. */
  ownWords: string;
  /** The report's title and agency: words of theirs name the report, never one figure of it. */
  reportWords: string;
  /** Units the measure word asked accepts, or null when it names none. */
  units: string[] | null;
  /** Template metric keys the question's measure names, in the order tried. */
  metrics: string[];
  /** The category figure the question names, if any. */
  category: FigureCandidate["figure"] | null;
  /** The phrases that named the measure asked (上年结转, 行政许可): a label holding one names that measure too. */
  phrases: readonly string[];
  /** The reasons for not disclosing the question names as written (不掌握, 重复申请), longest first. */
  reasons: readonly string[];
  /** Section kind of the measure asked, or null. */
  section: string | null;
  /** The unit of the measure asked when the question writes no measure word. */
  intentUnit: string | null;
  qualifiers: Qualifiers;
  /** How the report names its own body (its agency, 本局, 我委), where the question asks of the body's own (自己网站); else empty. */
  ownBody: readonly string[];
  /** Where the report's text ends: a table row running up to it may have lost its last cells to a cut page. */
  textEnd: number;
}

export interface ScoredFigure {
  candidate: FigureCandidate;
  score: number;
  /** Each piece of evidence and its weight; `explain` writes them out. */
  evidence: [string, number][];
  /** True when a template metric or category asked names the figure, or its clause names enough of what is asked. */
  fits: boolean;
  /** Share of the question's own words the figure holds (1 when the question has none). */
  ownHeld: number;
}

/** Whether `f` was read from a table: its row's cells in its quote, or its row and column in its label (本年新收… · 自然人). */
function isTableCell(f: StoredFigure): boolean {
  return isTableRow(f.quote) || isCellLabel(f.label);
}

// Stated in prose like report-specific figures, though they carry a key.
// Keys prose gives any count of disclosed information, whatever its label names (公开行政许可…办理结果类信息824019条).
const PROSE_COUNT_KEYS = new Set<string>([NARRATIVE_METRICS.proactiveCategory, NARRATIVE_METRICS.misc, NARRATIVE_METRICS.proactiveTotal]);
const RATE_ASKED = /率|比例|比重|百分|占/u;
// Measures the most general words name (公开, 申请): a count of one of them in another measure word
// is a different thing (政策解读 in 篇), while a narrow cell (行政复议 asked in 次) is still itself.
const BROAD_METRICS = new Set<string>([NARRATIVE_METRICS.proactiveTotal, NARRATIVE_METRICS.applicationsReceived]);
// A pair of characters of the asking words (多少, 几个) says nothing of what is asked.
const ASKING = /[多少几]/u;
const MIN_WHOLE_LABEL = 3;
// The nouns a whole section counts in (申请 of every application row): no word of one measure.
const SECTION_NOUNS = new Set(["申请", "信息", "公开", "政府信息"]);
// The noun a question counts, written right after its measure word (多少件人大建议), up to a word that ends it.
const COUNTED_NOUN = new RegExp(`(?:多少|几|\\s)(?:${COUNTING_UNITS})(\\p{Script=Han}{2,8}?)(?=[的是和及与呢吗]|\\s|$)`, "u");
// Pairs of the nouns every count of a report may stand for (政府信息公开申请): they name no one thing.
const SECTION_PAIRS = new Set(tokenize("政府信息公开申请"));
const MONEY = /元$/u;
const REVIEW_SECTION = "review_litigation";

/** Scores every candidate, best first (ties keep the report's order). */
const STRUCTURE_UNIT = /部分$/u;

const TOTAL_CELL = ".total";

export function rankFigures(candidates: readonly FigureCandidate[], ask: RankingAsk): ScoredFigure[] {
  const words = [...new Set(tokenize(ask.query))];
  const weight = rarity(candidates, words);
  const total = words.reduce((sum, t) => sum + (weight.get(t) ?? 0), 0);
  const reportTokens = new Set(tokenize(ask.reportWords));
  // A lone character (有, 的) left between words names nothing.
  const own = [...new Set(tokenize(ask.ownWords))].filter((t) => t.length > 1 && !reportTokens.has(t));
  const ownWeight = rarity(candidates, own);
  const ownTotal = own.reduce((sum, t) => sum + (ownWeight.get(t) ?? 0), 0);
  // Where no figure's sentence names reconsideration or litigation asked in any of the measure's
  // phrases (复议, in a report whose figures speak of applications alone), no figure answers it,
  // whatever words it shares.
  const silent = ask.section === REVIEW_SECTION && !candidates.some((c) => ask.phrases.some((p) => c.quote.includes(p)));
  // A template row asked whose 总计 cell the report leaves blank (信访举报投诉类申请 | 148 | 1 | … | ) is
  // answered by the cells it does fill.
  const held = new Set(candidates.map((c) => c.figure.metric));
  // A row the text ends in (一、本年新收… | 0 | 0 | 0 | 0, then nothing) was cut, not left blank: its total is unstated.
  const cutRows = new Set(candidates.filter((c) => c.figure.end >= ask.textEnd && c.figure.metric.includes(".")).map((c) => rowOf(c.figure.metric)));
  const rowsUntotalled = new Set(ask.metrics.filter((m) => m.endsWith(TOTAL_CELL) && !held.has(m)).map(rowOf).filter((row) => !cutRows.has(row)));
  const unitCounts = new Map<string, number>();
  for (const c of candidates) unitCounts.set(countUnit(c.figure.unit), (unitCounts.get(countUnit(c.figure.unit)) ?? 0) + 1);
  const asked = measureNounAsked(ask.query);
  // A report stating a measure asked in prose (结转下年度继续办理1项) carries no template key for it.
  const metricStated = ask.metrics.some((m) => held.has(m));
  const shareAsked = ask.units !== null && ask.units.length === 1 && ask.units[0] === "%";
  const phraseStated = ask.phrases.length > 0 && candidates.some((c) => ask.phrases.some((p) => c.clause.includes(p)));
  // 政务微博公开几条 asks one channel's count, which a total over several channels (通过网站、微博、微信等渠道) is not.
  const channelsAsked = channelsNamed(ask.query, true);
  const channel = channelsAsked.length === 1 ? channelsAsked[0]! : null;
  const narrowMeasure = ask.metrics.length > 0 && ask.phrases.length > 0 && !ask.metrics.some((m) => BROAD_METRICS.has(m));
  const counted = countedPairs(ask.query);
  // 办理泾县12345热线派件 against 宣城市12345热线派件: a place the question writes beyond its agency's name.
  const placesAsked = placeMentions(ask.query).map((m) => m.name);
  const sectionMatter = ask.section === null ? [] : wordsImplied(ask.section);
  const scored = candidates.map((c) => {
    const s = score(c, ask, words, weight, total);
    // What the question names beyond its measure and the figure does not say counts against it
    // (在政府网站上公开 against the whole 主动公开 total).
    const held = ownTotal > 0 ? heldShare(c, own, ownWeight) / ownTotal : 1;
    const missing = 1 - held;
    s.ownHeld = held;
    if (missing > 0) {
      s.score += W.OWN_WORDS_MISSING * missing;
      s.evidence.push([`own words ${own.join("/")} missing`, W.OWN_WORDS_MISSING * missing]);
    }
    // A figure counted in another measure word than the one asked (多少次 against 13件) answers only as the metric asked.
    // One the report wrote without a measure word (推送信息1363) clashes with none.
    const clash = ask.units !== null && c.figure.unit !== "" && !ask.units.includes(countUnit(c.figure.unit));
    // A sum of money asked without a measure word (收了多少费) is answered in money, never by a count
    // stated beside it (h017-11 of the holdout set; checked on a2008-148, d28).
    const notMoney = ask.units === null && ask.intentUnit !== null && MONEY.test(ask.intentUnit) && !MONEY.test(c.figure.unit);
    // A template cell means its key: where a measure with keys is asked, another key's cell is no answer
    // however many words it shares (行政许可本年增减 is no 本年处理决定数量).
    // A label the question writes whole (办理了多少件行政许可 → 行政许可89件) names the figure, unless
    // the report's title says as much.
    // A label that is only the matter of the section asked (受理依申请公开35件 against 依申请公开里予以公开的)
    // names no measure of it, unless its clause says the measure (处理依申请公开15条).
    const matterOnly = sectionMatter.includes(c.label) && !ask.phrases.some((p) => c.clause.includes(phraseCore(p)));
    const writtenWhole = c.label.length >= MIN_WHOLE_LABEL && ask.query.includes(c.label) && tokenize(c.label).some((t) => !reportTokens.has(t)) && !matterOnly;
    // A key read from a sentence (处理依申请公开15条 as 本年新收) is as sure as its sentence: where no
    // figure holds a key asked nor a clause naming the measure, and the question writes its label whole,
    // it answers by its words.
    const otherCell =
      ask.metrics.length > 0 && c.figure.metric.includes(".") && !PROSE_COUNT_KEYS.has(c.figure.metric) &&
      !rowsUntotalled.has(rowOf(c.figure.metric)) &&
      (metricStated || (phraseStated && !ask.phrases.some((p) => c.clause.includes(phraseCore(p)))) || isTableCell(c.figure) || !writtenWhole);
    const namesMeasure = ask.phrases.some((p) => c.label.includes(p));
    if (placesAsked.length > 0) {
      const named = placeMentions(c.label).map((m) => m.name);
      if (named.length > 0 && !named.some((p) => placesAsked.includes(p))) {
        s.score += W.OTHER_PLACE;
        s.evidence.push([`counted in ${named.join("/")}`, W.OTHER_PLACE]);
      }
    }
    if (channel !== null) {
      // 通过政务新媒体("广州交通"微博、微信公众号等): the channels in brackets are the one before them, by name.
      const whole = channelsNamed(c.label, true);
      const outside = channelsNamed(c.label.replace(CLOSED_ASIDE, ""), true);
      const inLabel = outside.length > 0 && (outside.includes(channel) || !whole.includes(channel)) ? outside : whole;
      // A part unnamed by channel (概况类42条 of 门户网站发布信息860条) was counted on its total's.
      const named = inLabel.length > 0 ? inLabel : channelsNamed(c.clause, true);
      if (named.length === 1 && named[0] === channel) {
        s.score += W.ONE_CHANNEL;
        s.evidence.push([`counted on ${channel} alone`, W.ONE_CHANNEL]);
      } else if (named.length > 1 && named.includes(channel)) {
        s.score += W.SEVERAL_CHANNELS;
        s.evidence.push([`counted on ${named.join("/")} together`, W.SEVERAL_CHANNELS]);
      } else if (named.length > 0 && !named.includes(channel)) {
        s.score += W.OTHER_CHANNEL;
        s.evidence.push([`counted on ${named.join("/")}`, W.OTHER_CHANNEL]);
      }
    }
    // 微博、微信一共发布多少条: the count of just the channels asked, not of a total over more of them.
    if (channelsAsked.length > 1) {
      // Named in its own label: a clause runs on into the items listed beside it.
      const named = channelsNamed(c.label, true);
      const asked = named.length > 0 && channelsAsked.every((ch) => named.includes(ch));
      if (asked && named.length === channelsAsked.length) {
        s.score += W.ONE_CHANNEL;
        s.evidence.push([`counted on ${named.join("/")}, the channels asked`, W.ONE_CHANNEL]);
      } else if (asked) {
        s.score += W.SEVERAL_CHANNELS;
        s.evidence.push([`counted on ${named.join("/")}, more than asked`, W.SEVERAL_CHANNELS]);
      }
    }
    if (!metricStated && ask.metrics.length > 0 && ask.phrases.some((p) => c.clause.includes(p))) {
      s.score += W.MEASURE_PHRASE;
      s.evidence.push(["clause names the measure asked", W.MEASURE_PHRASE]);
    }
    // A measure word of its own (多少个小类, 分多少大项) that one figure alone is counted in names it,
    // when its sentence speaks of something the question does.
    const unit = countUnit(c.figure.unit);
    const soleUnit = ask.units !== null && unit.length >= 2 && ask.units.includes(unit) && unitCounts.get(unit) === 1 &&
      heldShare(c, own.filter((t) => !unit.includes(t)), ownWeight) > 0;
    // A figure that holds none of the words the question adds to its measure (政策解读 asked of the
    // whole 主动公开 total, 处理决定数量 of 行政许可类信息) answers it only as a template cell asked,
    // and a broad one only in the measure word asked: a careful reader says the report does not state it.
    const strays = ownTotal > 0 && held === 0;
    // A share asked (占比多少) is a percentage, never the count of the category it is the share of.
    const countForShare = shareAsked && c.figure.unit !== "%";
    if (s.fits) return (strays && clash && BROAD_METRICS.has(c.metric)) || countForShare ? { ...s, fits: false } : s;
    // A count of what the year added is no answer to what stands in all (2023年底共有多少个 against
    // 新开设1个), nor a running total to what the year added.
    const otherSpan = qualifierClash(c.qualifiers, ask.qualifiers);
    // How many parts the report has (由…等六个部分组成) answers only a question asking for parts.
    const structure = STRUCTURE_UNIT.test(unit) && !(ask.units ?? []).includes(unit);
    // 访问量多少 asks a measure its noun names (访问): a figure whose clause never says it counts something else (70家政府网站).
    const otherMeasure = asked !== null && !c.clause.includes(asked) && !c.label.includes(asked);
    // A count of applications asked is none that its clause says was disclosed proactively (主动公开办理行政许可), nor the other way round.
    // …unless its own label is what the question writes or the measure it asks (其中,行政复议1件 after the applications it came of).
    const otherMatter = ask.section !== null && !writtenWhole && !ask.phrases.some((p) => p.length >= 2 && c.label.includes(p)) && namesOtherSection(ask.section, c.ownClause);
    // A narrow template measure asked (予以公开的申请) is answered in prose only where the sentence
    // names it or holds a word the question adds to its section's noun: 本年新收33件 shares 申请 alone.
    const unnamedMeasure = narrowMeasure && PROSE_COUNT_KEYS.has(c.figure.metric) && !ask.phrases.some((p) => c.clause.includes(p) || c.label.includes(p)) &&
      heldShare(c, own.filter((t) => !SECTION_NOUNS.has(t) && !SECTION_PAIRS.has(t)), ownWeight) === 0;
    // 多少件人大建议 counts 人大建议: a count whose clause goes on to say what it counts, sharing nothing
    // with that noun, counts something else (共收到1宗信息).
    const afterPairs = c.following.length >= 2 ? tokenize(c.following) : [];
    // A label that is that noun (1个电子阅览点, 结转2023年1件) counts it, whatever follows.
    const otherNoun = counted !== null && afterPairs.length > 0 && !afterPairs.some((t) => counted.pairs.includes(t)) && !tokenize(c.label).some((t) => counted.pairs.includes(t));
    return { ...s, fits: !clash && !otherSpan && !notMoney && !otherCell && !silent && !structure && !otherMeasure && !otherMatter && !unnamedMeasure && !otherNoun && (writtenWhole || (namesMeasure && !strays) || soleUnit || namesEnough(c, own, ownWeight)) };
  });
  if (counted !== null && ask.metrics.length === 0) nounNamesCount(scored, counted.pairs.filter((t) => !SECTION_PAIRS.has(t)));
  if (WHOLE_ASKED.test(ask.query)) partsYieldToWholes(scored, channelsAsked);
  else wholesYieldToParts(scored, own, ask.query);
  return scored
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.score - a.s.score || a.i - b.i)
    .map(({ s }) => s);
}

/** The pairs of the noun `query` counts (人大/大建/建议 of 多少件人大建议), or null when it names no one thing (多少条信息). */
function countedPairs(query: string): { pairs: string[] } | null {
  const noun = COUNTED_NOUN.exec(query)?.[1];
  const pairs = noun ? tokenize(noun) : [];
  return pairs.some((t) => !SECTION_PAIRS.has(t)) ? { pairs } : null;
}

/**
 * The noun after the measure word asked (征集调查收到多少次意见) names what is counted: where a fitting
 * figure's label or the noun after it holds it (收到意见61次), fitting figures holding it in neither (征集调查6次), nor in
 * the label of the total they are a 其中 part of, count something else.
 */
function nounNamesCount(scored: ScoredFigure[], pairs: readonly string[]): void {
  // A 其中 part counts what its total counts: the noun in the total's label is the part's too.
  const holds = (s: ScoredFigure): boolean => pairs.some((t) => s.candidate.label.includes(t) || s.candidate.following.includes(t) || s.candidate.parentLabel.includes(t));
  if (pairs.length === 0 || !scored.some((s) => s.fits && holds(s))) return;
  for (const s of scored) {
    if (!s.fits || holds(s)) continue;
    s.score += W.NOUN_COUNTED_ELSEWHERE;
    s.evidence.push(["another figure's label holds the noun counted", W.NOUN_COUNTED_ELSEWHERE]);
  }
}

/** The template row a cell's key names (applications.new of applications.new.total). */
function rowOf(metric: string): string {
  return metric.slice(0, metric.lastIndexOf("."));
}

// 一共多少人, 总共多少条: the whole is asked, not one of its parts.
const WHOLE_ASKED = /一共|总共|共计|合计|总计|总数/u;

/**
 * Each part (兼职512人 of 专(兼)职工作人员共768人) whose total fits and holds as much of what the
 * question says is weighed down: asked for the whole, the total answers. A part counted on all the
 * channels asked (微博、微信一共发布多少条 of 微博、微信发布1014条) is the whole asked.
 */
function partsYieldToWholes(scored: ScoredFigure[], channelsAsked: readonly string[]): void {
  for (const [s, parent] of partsWithTotals(scored)) {
    if (!parent.fits || parent.ownHeld < s.ownHeld) continue;
    if (channelsAsked.length > 1 && channelsAsked.every((ch) => channelsNamed(s.candidate.label, true).includes(ch))) continue;
    s.score += W.PART_OF_WHOLE_ASKED;
    s.evidence.push(["a part, the whole asked", W.PART_OF_WHOLE_ASKED]);
  }
}

/** A measure's phrase without the asking words it may end with (处理 of 处理了多少). */
function phraseCore(phrase: string): string {
  return phrase.replace(/了?(?:多少|几)$/u, "");
}

// Words joining two things a question asks of together.
const JOINED = /[和及与、]/u;
/** Longest label of a part read as the word setting it apart from its siblings (取消, 下放, 结果维持). */
const MAX_PART_WORD = 4;

/**
 * A 其中 part holding most of the question's own words, more than its fitting total holds
 * (申请人主动撤销9件 of 收到申请47件, for 申请中有几件是申请人撤回的), is what is asked of that total.
 */
function wholesYieldToParts(scored: ScoredFigure[], own: readonly string[], query: string): void {
  const pairs = partsWithTotals(scored);
  const joined = JOINED.test(query);
  for (const [s, parent] of pairs) {
    if (!parent.fits || !s.fits) continue;
    // 人大建议和政协提案共多少件 names two parts of one total: their total is asked.
    const label = s.candidate.label;
    if (joined && pairs.some(([o, p]) => p === parent && o !== s && own.filter((t) => o.candidate.label.includes(t) && !label.includes(t)).length >= W.SIBLING_NAMED_PAIRS)) {
      s.score += W.PART_OF_WHOLE_ASKED;
      s.evidence.push(["a part, another part of its whole asked too", W.PART_OF_WHOLE_ASKED]);
      continue;
    }
    // 下放了多少项 of 取消、下放和调整事项380项(其中取消215项,下放152项,调整13项): the one part the question writes.
    const siblings = pairs.filter(([o, p]) => p === parent && o !== s).map(([o]) => o.candidate.label);
    const oneWritten = label.length >= 2 && label.length <= MAX_PART_WORD && query.includes(label) && siblings.length > 0 && !siblings.some((l) => l.length >= 2 && query.includes(l));
    if (!oneWritten && (s.ownHeld < W.PART_OWN_SHARE || s.ownHeld - parent.ownHeld < W.PART_OWN_MARGIN)) continue;
    s.score += W.PART_NAMES_ASKED;
    s.evidence.push([oneWritten ? "the one part of its whole the question writes" : "a part naming what its whole lacks", W.PART_NAMES_ASKED]);
  }
}

/** Each scored 其中 part with its scored total. */
function partsWithTotals(scored: ScoredFigure[]): Array<[part: ScoredFigure, total: ScoredFigure]> {
  const byKey = new Map(scored.map((s) => [s.candidate.figure.key, s]));
  const out: Array<[ScoredFigure, ScoredFigure]> = [];
  for (const s of scored) {
    const total = s.candidate.figure.parentKey ? byKey.get(s.candidate.figure.parentKey) : undefined;
    if (total) out.push([s, total]);
  }
  return out;
}

/**
 * Weight of each question bigram: how rare it is among the candidates' clauses and quotes; 0 for
 * one no candidate holds (most are two words run together, 年访 of 全年访问量).
 */
function rarity(candidates: readonly FigureCandidate[], words: string[]): Map<string, number> {
  const out = new Map<string, number>();
  const n = candidates.length;
  for (const t of words) {
    let df = 0;
    for (const c of candidates) if (c.clause.includes(t) || c.quote.includes(t)) df++;
    out.set(t, df === 0 ? 0 : Math.log(1 + n / df));
  }
  return out;
}

/** The rarity-weighted sum of `own` words the candidate holds: in its clause fully, only in its sentence by QUOTE_HELD. */
function heldShare(c: FigureCandidate, own: string[], weight: Map<string, number>): number {
  let held = 0;
  for (const t of own) {
    const w = weight.get(t) ?? 0;
    if (c.clause.includes(t)) held += w;
    else if (c.quote.includes(t)) held += w * W.QUOTE_HELD;
  }
  return held;
}

/**
 * True when the candidate names enough of the question's own words: at least MIN_SHARED of them
 * (or all the report holds) in its clause or sentence, one in its clause, and MIN_OWN_SHARE of
 * their rarity-weighted sum (words only its sentence holds count QUOTE_FIT of theirs).
 */
// A noun of amount right before what asks the number (访问量多少, 粉丝数有多少): its stem is what is measured.
// The asking part may come with 多少 taken out (政府网站访问量): the noun then ends it.
const MEASURE_NOUN = /(\p{Script=Han}{2})[量数](?:(?:是|为|有|达到|达)?(?:多少|几)|$)/u;
// …unless the stem's last character counts by itself (总数, 人数, 件数, 次数, 数量 of 信息数量): those name no measure.
const COUNTING_STEM_END = /[总次人件条个户份篇期项家数]$/u;

// Nouns that are amounts by themselves (粉丝有多少, 阅读多少次): what is measured is the noun.
const AMOUNT_NOUN = /(粉丝|关注|阅读|浏览|点击|访问|订阅)(?:是|为|有|达到|达)?(?:多少|几|$)/u;

/** The stem of the noun of amount `query` asks (访问 of 访问量多少, 粉丝 of 粉丝有多少), or null. */
function measureNounAsked(query: string): string | null {
  const m = MEASURE_NOUN.exec(query);
  if (m && !COUNTING_STEM_END.test(m[1]!)) return m[1]!;
  return AMOUNT_NOUN.exec(query)?.[1] ?? null;
}

/** Length of the longest opening of `noun` that `query` writes. */
function openingAsked(noun: string, query: string): number {
  let n = 0;
  while (n < noun.length && query.includes(noun.slice(0, n + 1))) n++;
  return n;
}

function namesEnough(c: FigureCandidate, own: string[], weight: Map<string, number>): boolean {
  let inClause = 0;
  let held = 0;
  let heldWeight = 0;
  let all = 0;
  for (const t of own) {
    const w = weight.get(t) ?? 0;
    all += w;
    if (c.clause.includes(t)) {
      inClause++;
      held++;
      heldWeight += w;
    } else if (c.quote.includes(t)) {
      held++;
      heldWeight += w * W.QUOTE_FIT;
    }
  }
  // A question with one word of its own the report holds (收到几件) needs only that one, unless
  // most of its words are nowhere in the report: then the one it holds is a chance pair of
  // characters (事信 of 从事信息公开的专职人员 in 为民办实事信息), and what it asks is not stated.
  const present = own.filter((t) => (weight.get(t) ?? 0) > 0).length;
  const asking = own.filter((t) => !ASKING.test(t)).length;
  const need = present >= W.MIN_PRESENT_SHARE * asking ? Math.min(W.MIN_SHARED, present) : W.MIN_SHARED;
  return inClause >= 1 && held >= need && all > 0 && heldWeight / all >= W.MIN_OWN_SHARE;
}

const REMAINDER = /^其[他它]/u;
const REMAINDER_ASKED = /其[他它]|别的|另外/u;

function score(c: FigureCandidate, ask: RankingAsk, words: string[], weight: Map<string, number>, total: number): ScoredFigure {
  const evidence: [string, number][] = [];
  let s = 0;
  const add = (w: number, reason: string): void => {
    s += w;
    if (w !== 0) evidence.push([reason, w]);
  };
  const f = c.figure;
  const metricAt = ask.metrics.indexOf(c.metric);
  if (metricAt >= 0) add(W.METRIC_KEY - metricAt * W.METRIC_ORDER_STEP, `metric ${c.metric}`);
  // 受理申请4件(较2021年减少3件): asked for the change of a measure, the change stated right after
  // its count is that measure's as surely as the count is.
  const changeAt = metricAt < 0 && ask.qualifiers.change && c.qualifiers.change && c.changeOf !== null ? ask.metrics.indexOf(c.changeOf) : -1;
  if (changeAt >= 0) add(W.METRIC_KEY - changeAt * W.METRIC_ORDER_STEP, `change of ${c.changeOf}`);
  // 信函申请多少件: a part of the measure asked answers it when it holds what the question adds.
  // A category of the total (业务工作类) is weighed as the category it is.
  if (metricAt < 0 && changeAt < 0 && c.metric === NARRATIVE_METRICS.misc && c.partOf !== null && ask.metrics.includes(c.partOf)) add(W.PART_OF_METRIC, `part of ${c.partOf}`);
  const named = ask.category !== null && ask.category.key === f.key;
  if (named) add(W.CATEGORY_NAMED, "category named");

  let inLabel = 0;
  let inClause = 0;
  let inQuote = 0;
  // The noun after a count (20个极贫乡镇) names what it counts as surely as the words before it.
  const names = c.names;
  for (const t of words) {
    const w = weight.get(t) ?? 0;
    if (names.some((n) => n.includes(t))) inLabel += w;
    else if (c.clause.includes(t)) inClause += w;
    else if (c.quote.includes(t)) inQuote += w;
  }
  if (total > 0) {
    if (inLabel > 0) add((W.LABEL_WORDS * inLabel) / total, "label words");
    if (inClause > 0) add((W.CLAUSE_WORDS * inClause) / total, "clause words");
    if (inQuote > 0) add((W.QUOTE_WORDS * inQuote) / total, "sentence words");
  }
  let coverage = 0;
  for (const own of c.nameTokens) {
    if (own.length > 0) coverage = Math.max(coverage, own.filter((t) => words.includes(t)).length / own.length);
  }
  if (coverage > 0) add(W.LABEL_COVERAGE * coverage, "label covered");
  // The noun after a count runs on to the clause's end (7次主任办公会全部通过门户网站…): its opening, written whole, names it.
  const wholeAfter = openingAsked(c.after, ask.query) >= MIN_WHOLE_LABEL;
  // A name the report's own title holds (政府信息 of …等政府信息235条) is no label the question writes.
  const ownName = (n: string): boolean => tokenize(n).some((t) => !ask.reportWords.includes(t));
  if (wholeAfter || names.some((n) => n.length >= MIN_WHOLE_LABEL && ask.query.includes(n) && ownName(n))) add(W.LABEL_WHOLE, "whole label asked");
  else if (names.some((n) => n.length >= 2 && ask.query.includes(n.slice(-2)))) add(W.HEAD_NOUN, "head noun asked");
  if (c.runVerb !== null && ask.query.includes(c.runVerb)) add(W.RUN_VERB_ASKED, `verb ${c.runVerb} of its run asked`);
  // 其他文件类信息80条 counts what the rest of its list leaves: a question names it only by 其他.
  if (REMAINDER.test(f.label) && !REMAINDER_ASKED.test(ask.query)) add(W.REMAINDER_UNASKED, "remainder unasked");
  const reason = ask.reasons.find((r) => c.label.includes(r));
  if (reason) add(W.REASON_NAMED, `reason ${reason} named`);

  const unit = countUnit(f.unit);
  if (ask.units !== null && f.unit === "") add(W.UNIT_UNWRITTEN, "no unit written");
  else if (ask.units !== null) add(ask.units.includes(unit) ? W.UNIT_AGREES + (ask.units[0] === unit ? W.UNIT_EXACT : 0) : W.UNIT_CLASH, `unit ${f.unit}`);
  else if (f.unit === "%" && !RATE_ASKED.test(ask.query) && !ask.qualifiers.change) add(W.PERCENT_UNASKED, "percentage unasked");
  else if (ask.intentUnit && f.unit === ask.intentUnit) add(W.INTENT_UNIT, `unit ${f.unit}`);

  // 从12项减到多少项: a count the question itself writes, with its unit, is given, not asked.
  if (writesCount(ask.query, f.value, f.unit)) add(W.GIVEN_IN_QUESTION, "stated in the question");

  const q = c.qualifiers;
  const a = ask.qualifiers;
  if (a.cumulative && !a.thisYear) add(q.cumulative ? W.QUALIFIER_AGREES : q.thisYear ? W.QUALIFIER_CLASH : W.RUNNING_TOTAL_UNSTATED, "running total asked");
  else if (a.thisYear && !a.cumulative) add(q.cumulative && !q.thisYear ? W.QUALIFIER_CLASH : q.thisYear ? W.QUALIFIER_AGREES : 0, "this year asked");
  else if (q.cumulative && !q.thisYear) add(W.CUMULATIVE_UNASKED, "running total");
  if (a.change) add(q.change ? W.CHANGE_AGREES : W.CHANGE_UNSTATED, q.change ? "change asked" : "change asked, none stated");
  else if (q.change) add(W.CHANGE_UNASKED, "change on the year before");
  if (q.plan && !a.plan) add(W.PLAN_UNASKED, "plan");
  if (ask.section !== null && c.section === ask.section) add(W.SECTION_FIT, `section ${c.section}`);
  // 自己网站公开了多少条: the count of the body's own site (在本委网站公开299条), not the government portal's.
  if (ask.ownBody.some((name) => c.clause.includes(name))) add(W.OWN_BODY_NAMED, "own body named");

  const fits = metricAt >= 0 || changeAt >= 0 || named;
  return { candidate: c, score: s, fits, ownHeld: 1, evidence };
}

/** True when the question asks a running total and the figure is only the year's count, or the other way round. */
function qualifierClash(q: Qualifiers, a: Qualifiers): boolean {
  if (a.cumulative && !a.thisYear) return q.thisYear && !q.cumulative;
  if (a.thisYear && !a.cumulative) return q.cumulative && !q.thisYear;
  return false;
}

/** Why a candidate scored what it did, one piece of evidence a line (`label words +2.6`). */
export function explain(s: ScoredFigure): string[] {
  return s.evidence.map(([reason, w]) => `${reason} ${w >= 0 ? "+" : ""}${Math.round(w * 100) / 100}`);
}

/** The unit a measure word names: 万户 and 亿元 count 户 and 元 (a question asks 多少户, not 多少万户). */
export function countUnit(unit: string): string {
  return unit.length > 1 && (unit.startsWith("万") || unit.startsWith("亿")) && unit !== "万元" ? unit.slice(1) : unit;
}

/** Whether `query` writes `value` followed by `unit` (12项), not as part of a longer number. */
function writesCount(query: string, value: number, unit: string): boolean {
  if (unit === "") return false;
  const written = `${value}${unit}`;
  for (let at = query.indexOf(written); at >= 0; at = query.indexOf(written, at + 1)) {
    if (at === 0 || !/[\d.]/u.test(query[at - 1]!)) return true;
  }
  return false;
}
