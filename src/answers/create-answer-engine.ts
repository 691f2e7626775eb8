/**
 * The answer engine: question → understood agency, year and measure → cited answer. It keeps the
 * catalogue indexes in memory (rebuilt when the catalogue version moves), loads report detail on
 * demand through a small cache, and keeps each chat's context in the `ChatStateStore`.
 */
import type { Answer, AnswerEngine, PassageView } from "./answer.ts";
import { agenciesWithin, answerListing, answerRanking, entriesOf, MORE_WORDS, placeName, placesIn, toEntry, type Paged, type RankingReads } from "./answer-collection.ts";
import { answerChange } from "./answer-change.ts";
import { answerForAgency, base, passageCitation } from "./answer-report.ts";
import { answerOfChoice } from "./answer-choice.ts";
import type { AgencyEntry, CatalogIndex } from "./catalog/catalog-index.ts";
import { kindMentions } from "./catalog/alias-table.ts";
import { createCatalogCache, type CatalogCache } from "./catalog/catalog-cache.ts";
import { asksListing, asksRanking, detectIntent } from "./question/metric-intent.ts";
import { questionText } from "./question/question-text.ts";
import { smallTalkReply } from "./question/small-talk.ts";
import { understand, type Understanding } from "./question/understand-question.ts";
import { askRankingPlace, holdingYear, WHOLE_RANKING_LIMIT } from "./ranking-place.ts";
import { createReportCache, type ReportCache } from "./report-cache.ts";
import { agencyWritingUnit } from "./unit-of-agency.ts";
import type { ChatStateStore, ReportSource } from "./report-source.ts";

export interface AnswerEngineDeps {
  source: ReportSource;
  chats: ChatStateStore;
  now: () => Date;
  /** The catalogue cache, when another reader of the catalogue shares it (default: one of its own). */
  catalog?: CatalogCache;
  /** Agencies a ranking naming no place may rank across; over it the answer asks which place. Default `WHOLE_RANKING_LIMIT` (30). */
  wholeRankingLimit?: number;
  /** Report details a ranking of a measure no metric names may read per request. Default `RANKING_DETAIL_READS` (100). */
  rankingDetailReads?: number;
}

/** Longest question answered, in characters; a longer one gets a `clarify` answer asking for a shorter one. */
export const MAX_QUESTION_CHARS = 500;

const MASKED_NAME = /[A-Za-z]/u;
const TOO_LONG = "问题太长了，请缩短到五百字以内，并说明机构、年份和想问的内容。";
const NO_MORE = "没有更多内容了。";

const CLARIFY = [
  "我可以回答政府信息公开工作年度报告中的数字和内容，并给出原文出处。请说明机构、年份和想问的内容，例如：",
  "- 凉州区科技局2021年公开了多少条信息",
  "- 龙港区2012年收到多少依申请公开请求",
  "- 龙港区有哪些年报",
].join("\n");

export function createAnswerEngine(deps: AnswerEngineDeps): AnswerEngine {
  const catalog = deps.catalog ?? createCatalogCache(deps.source);
  const reports = createReportCache(deps.source);
  const limit = deps.wholeRankingLimit ?? WHOLE_RANKING_LIMIT;
  let cachedVersion = -1;

  async function current(latest = false): Promise<CatalogIndex> {
    const index = await (latest ? catalog.latest() : catalog.current());
    // Report details may have changed with the catalogue.
    if (index.version !== cachedVersion) {
      reports.clear();
      cachedVersion = index.version;
    }
    return index;
  }

  return {
    async ask(chatId, asked) {
      // Understanding scans the question many times over: its length bounds the work of one request.
      if (asked.length > MAX_QUESTION_CHARS) return base("clarify", TOO_LONG, null, null, []);
      const talk = smallTalkReply(asked);
      if (talk !== null) return base("clarify", talk, null, null, []);
      const state = await deps.chats.load(chatId);
      const wantsMore = MORE_WORDS.has(asked.trim());
      if (wantsMore && !state?.more) return base("clarify", NO_MORE, null, null, []);
      let index = await current();
      // 辽宁省 after 请指明在哪个地方…: the place picked completes the ranking asked before.
      const completing = !wantsMore && state?.rankingAsked && picksPlace(asked, index) ? state.rankingAsked : null;
      const question = wantsMore ? state!.more!.question : completing ? `${asked} ${completing}` : asked;
      const offset = wantsMore ? state!.more!.offset : 0;
      let u = understand(question, state, index, deps.now());
      const seen = trackMissing(reports);
      let { answer, next } = await respond(u, index, { source: deps.source, cache: seen, detailReads: deps.rankingDetailReads }, offset, limit);
      if (seen.missed()) {
        // The index named a report a reload has just replaced: answer from the index of the new data.
        index = await current(true);
        u = understand(question, state, index, deps.now());
        ({ answer, next } = await respond(u, index, { source: deps.source, cache: reports, detailReads: deps.rankingDetailReads }, offset, limit));
      }
      if (answer.status !== "clarify" && answer.agency) {
        const agency = index.byName.get(answer.agency);
        await deps.chats.save(chatId, {
          agency: agency ? agency.name : state?.agency ?? null,
          reportIds: answer.citations.map((c) => c.reportId),
          year: answer.year ?? u.years[0] ?? null,
          metric: u.intent?.id ?? null,
          lastQuestion: u.query,
          more: next !== null ? { question, offset: next } : null,
        });
      } else if (u.ranking && answer.status === "ambiguous" && answer.candidates.every((c) => c.reportId === null)) {
        const kept = state ?? { agency: null, reportIds: [], year: null, metric: null, lastQuestion: null };
        await deps.chats.save(chatId, { ...kept, more: null, rankingAsked: question });
      }
      return answer;
    },

    async passage(reportId, start) {
      const detail = await reports.get(reportId);
      if (!detail) return null;
      const i = detail.passages.findIndex((p) => p.start <= start && start < p.end);
      const at = i >= 0 ? i : detail.passages.findIndex((p) => p.start >= start);
      const passage = detail.passages[at];
      if (!passage) return null;
      const around = detail.passages.slice(Math.max(0, at - 1), at + 2).filter((p) => p.sectionIndex === passage.sectionIndex);
      return { citation: passageCitation(detail.summary, detail, passage), text: around.map((p) => p.text).join("\n") } satisfies PassageView;
    },

    async figure(chatId, reportId, figureKey) {
      const index = await current();
      const detail = await reports.get(reportId);
      const figure = detail?.figures.find((f) => f.key === figureKey);
      const agency = index.agencies.find((a) => a.reports.some((r) => r.id === reportId));
      if (!detail || !figure || !agency) return null;
      const answer = answerOfChoice(agency, detail, figure);
      // A follow-up (那2020年呢) asks for the figure picked, not the one answered before it.
      await deps.chats.save(chatId, { agency: agency.name, reportIds: [reportId], year: answer.year, metric: null, lastQuestion: questionText(figure.label), more: null });
      return answer;
    },

    async catalog(filter) {
      const index = await current();
      const text = questionText(filter);
      if (text.length === 0) return index.reports.map(toEntry).sort((x, y) => (y.year ?? 0) - (x.year ?? 0) || x.reportId - y.reportId);
      return entriesOf(matchingAgencies(text, index));
    },

    async report(reportId) {
      // A report just ingested (a new-report notice's button) may be in the store before the index.
      const found = (await current()).reports.find((r) => r.id === reportId) ?? (await current(true)).reports.find((r) => r.id === reportId);
      return found ? toEntry(found) : null;
    },
  };
}

/** The answer to `u`; a listing or ranking from `offset`, the others whole. */
async function respond(u: Understanding, index: CatalogIndex, reads: RankingReads, offset: number, limit: number): Promise<Paged> {
  const collection = await respondWithCollection(u, index, reads, offset, limit);
  return collection ?? { answer: await respondOne(u, reads.cache), next: null };
}

async function respondWithCollection(u: Understanding, index: CatalogIndex, reads: RankingReads, offset: number, limit: number): Promise<Paged | null> {
  const r = u.resolution;
  if (u.listing || (u.ranking && u.intent?.kind === "figure")) {
    const named = r.kind === "agency" && !u.followUp ? r.agency : null;
    // 沭阳县财政局有哪些年报 asks for that office's reports; 临泽县有哪些单位 for the place's.
    const places = u.listing && named && !named.government ? [] : placesIn(u.text, index);
    // A ranking that names no place ranks the whole corpus.
    const whole = u.ranking && !u.listing && places.length === 0 && !named;
    const within = places.length > 0 ? agenciesWithin(places, index) : named ? [named] : whole ? index.agencies : [];
    const agencies = u.ranking ? kindsNamed(u.text, within) : within;
    if (whole) {
      // Past the limit a ranking of the whole corpus is too long to read: the person picks a place to rank within.
      const year = u.years[0] ?? Math.max(...agencies.flatMap((a) => a.reports.map((r) => r.year ?? 0)));
      const holding = holdingYear(agencies, year);
      if (holding.length > limit) return { answer: askRankingPlace(holding, year, u.intent?.subject ?? ""), next: null };
    }
    const label = places[0] ? placeName(places[0], agencies) : (named?.name ?? (whole ? "全部机构" : null));
    if (label && agencies.length > 0) {
      return u.listing ? answerListing(label, agencies, u.years, offset) : answerRanking(label, agencies, u, reads, offset);
    }
    // 2010年有哪些年报 names no agency or place: the reports of those years, whoever filed them.
    if (u.listing && !named && places.length === 0 && r.kind === "none") {
      const label = u.years.length > 0 ? u.years.map((y) => `${y}年`).join("、") : "全部";
      return answerListing(label, index.agencies, u.years, offset);
    }
  }
  if (r.kind === "agency" && !u.intent && !u.followUp && u.query.length === 0) return answerListing(r.agency.name, [r.agency], u.years, offset);
  if (r.kind === "place") return answerListing(r.place, r.agencies, u.years, offset);
  return null;
}

async function respondOne(u: Understanding, reports: ReportCache): Promise<Answer> {
  const r = u.resolution;
  switch (r.kind) {
    case "agency":
      return u.change ? answerChange(r.agency, u, reports) : answerForAgency(r.agency, u, reports);
    case "ambiguous": {
      const lines = ["有几个机构符合，请指明是哪一个：", ...r.candidates.map((a) => `- ${a.name}（${whereOf(a)}${yearsOf(a)}）`)];
      const answer = base("ambiguous", lines.join("\n"), null, u.years[0] ?? null, []);
      answer.candidates = r.candidates.map((a) => ({ agency: a.name, year: a.reports[0]?.year ?? null, reportId: a.reports[0]?.id ?? null }));
      return answer;
    }
    case "unknown": {
      const writing = MASKED_NAME.test(r.mention) ? null : await agencyWritingUnit(r.mention, r.near, u.years, reports);
      if (writing) {
        const answer = await answerForAgency(writing, u, reports);
        return { ...answer, text: `“${r.mention}”是${writing.name}年报中写到的部门，按该年报回答。\n${answer.text}` };
      }
      // XX镇: reports withhold names with letters, so such a name points at no one agency.
      const lines = MASKED_NAME.test(r.mention)
        ? [`“${r.mention}”中的名字是隐去的，无法确定是哪个机构。请写出机构的全称。`]
        : [`未收录“${r.mention}”${u.years.length > 0 ? u.years.map((y) => `${y}年`).join("、") : ""}的年报。`];
      if (u.assumed) lines.unshift(`按上一问的${u.assumed}回答。`);
      if (r.near.length > 0) lines.push("相近的机构有：", ...r.near.map((a) => `- ${a.name}（${whereOf(a)}${yearsOf(a)}）`));
      const answer = base("not_found", lines.join("\n"), r.mention, u.years[0] ?? null, []);
      answer.candidates = r.near.map((a) => ({ agency: a.name, year: a.reports[0]?.year ?? null, reportId: a.reports[0]?.id ?? null }));
      return answer;
    }
    case "place":
      throw new Error("answer engine: a place is answered by its listing");
    case "none":
      return base("clarify", CLARIFY, null, null, []);
  }
}

/** A view of the report cache that remembers whether a report the index listed was gone. */
function trackMissing(cache: ReportCache): ReportCache & { missed(): boolean } {
  let missed = false;
  return {
    async get(id) {
      const detail = await cache.get(id);
      if (!detail) missed = true;
      return detail;
    },
    clear: () => cache.clear(),
    missed: () => missed,
  };
}

/** The places above an agency that its name leaves out (天津市河东区 for 鲁山道街道办事处), with a separator; "" when none. */
function whereOf(a: AgencyEntry): string {
  const r = a.reports[0]?.region;
  if (!r) return "";
  const parts = [r.province, r.city, r.county].filter((p): p is string => !!p && !a.name.includes(p));
  return parts.length > 0 ? `${parts.join("")}，` : "";
}

function yearsOf(a: AgencyEntry): string {
  const years = [...new Set(a.reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((x, y) => x - y);
  return years.length > 0 ? `${years.map((y) => `${y}年`).join("、")}` : "年份不详";
}

/**
 * The agencies of a place a ranking question names by kind (江北区卫健局和教育局谁…多 compares those
 * two), when it names two or more of them; else all of them.
 */
function kindsNamed(text: string, agencies: AgencyEntry[]): AgencyEntry[] {
  const keys = new Set(kindMentions(text).map((m) => m.key));
  const named = agencies.filter((a) => a.kindKeys.some((k) => keys.has(k)));
  return named.length >= 2 ? named : agencies;
}

/** True when `asked` names a place held and asks nothing of its own (辽宁省, 辽宁省2010年). */
function picksPlace(asked: string, index: CatalogIndex): boolean {
  const text = questionText(asked);
  return placesIn(text, index).length > 0 && !asksRanking(text) && !asksListing(text) && detectIntent(text) === null;
}

function matchingAgencies(text: string, index: CatalogIndex): AgencyEntry[] {
  const within = agenciesWithin(placesIn(text, index), index);
  const named = index.agencies.filter((a) => a.name.includes(text));
  return [...new Set([...within, ...named])];
}
