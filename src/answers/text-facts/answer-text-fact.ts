/**
 * A text fact answered from one report: its sentences ranked for the answer type asked, the
 * answering part shown first as a verbatim 「run」 of the best sentence, then that sentence cited.
 * When no sentence fits, the report is said not to state it, with its nearest sentence quoted.
 */
import type { Citation } from "../answer.ts";
import { NAMING_METRICS, NARRATIVE_METRICS } from "../../domain/metrics.ts";
import type { AnswerType, AnswerTypeId } from "../question/answer-type.ts";
import { citationText } from "../render/answer-text.ts";
import type { ReportDetail, StoredFigure } from "../report-source.ts";
import { tokenize } from "../search/bigram-tokenizer.ts";
import { foldedFormOf } from "../search/matching-form.ts";
import { simplified } from "../../text/simplified.ts";
import { askedOrdinalCounter } from "./asked-ordinal.ts";
import { closingDate } from "./closing-date.ts";
import { eitherOptions } from "./either-or.ts";
import { extractAnswer } from "./fact-extract.ts";
import { headerFact, headerSentence } from "./header-fact.ts";
import { ownDocumentNumber } from "./own-document-number.ts";
import { parentPlace } from "./parent-place.ts";
import { MIN_SHAPED_COVERAGE, MIN_SHAPELESS_COVERAGE, MIN_SHAPELESS_SCORE, MIN_WHOLE_SCORE, MIN_YES_COVERAGE, WHOLE_COVERAGE } from "./fact-weights.ts";
import { CONTACT_TYPES, LABEL_ONLY_TYPES, SHAPED_TYPES } from "./fact-patterns.ts";
import { questionTerms, withoutReportNames } from "./question-terms.ts";
import { rankSentences, type RankedSentence } from "./rank-sentences.ts";
import { reportSentences, type Sentence } from "./report-sentences.ts";

// A sentence that writes what is asked may write that it did not happen (未发生行政复议).
// A bare 无 says so too after the body or at a clause's start (我局无独立网站), not in a word (无障碍, 无偿).
const NEGATED = /未|没有|尚无|并无|均无|暂无|无任何|(?:^|[,，。;；、\s]|[局委办镇乡厅院位司处])无(?!障碍|纸|缝|偿|线|人|差别|私|形|论)/u;
const SIGNATURE_ASKED = /落款|署名/u;
const OUTLINE = /(?:本报告|本年报|报告全文|全文)(?:由|包括|包含|分为|共分)|(?:本報告|全文)(?:由|包括)/u;

export interface TextFact {
  status: "answered" | "no_figure";
  lines: string[];
  citations: Citation[];
  /** The stored count a countable answer states (八部分 of 由…等八部分组成), else none. */
  figures?: StoredFigure[];
}

/** The citation of a sentence of `detail`. */
export type CiteSentence = (detail: ReportDetail, sentence: Sentence) => Citation;

/**
 * Answers a text fact of `type` asked by `query` (the question's asking part; `question` the whole,
 * where the noun asked which of stands beside the words taken out) from `detail`, named `name` in replies.
 */
export function answerTextFact(detail: ReportDetail, name: string, type: AnswerType, query: string, cite: CiteSentence, question = query): TextFact {
  const { title, agency, agencyNormalized } = detail.summary;
  const form = foldedFormOf(detail);
  const terms = withoutReportNames(questionTerms(query, question), form(`${title} ${agency ?? ""} ${agencyNormalized ?? ""}`));
  const ranked = rankSentences(reportSentences(detail), type, terms, form);
  // The best sentence that answers at all: a contact run cut at its semicolons puts the asked office's
  // name in one piece and its phone number in the next, and only the number answers.
  // An either-or question is answered by one of its alternatives, 第几届 by a 第…届.
  const options = type.id === "either" ? eitherOptions(query) : [];
  const counter = type.id === "ordinal" ? askedOrdinalCounter(query) : null;
  // The report's outline (本报告由…收到和处理政府信息公开申请情况…组成) names its sections, and says
  // nothing happened: no yes or no is read from it.
  const fitting = ranked.filter((r) => fits(r, type, options, counter, terms.words.length > 0) && !(type.id === "yes_no" && OUTLINE.test(r.sentence.text)));
  // 省政府令〔2008〕第几号: a number asked of an issuer the question names is in a sentence citing that issuer.
  const numberAsked = NUMBER_ASKED.test(query);
  const issued = numberAsked ? fitting.find((r) => citesIssuerAsked(detail, r.sentence.text.trim(), question)) : undefined;
  const best = issued ?? fitting[0];
  // Pages give their publication date and index number in header lines ingest keeps with the report, not as text.
  // 落款日期 asks the date the report is signed with, at its close, which the page's header is not.
  if (type.id === "issued" && SIGNATURE_ASKED.test(query)) {
    const closing = closingDate(reportSentences(detail));
    if (closing) {
      const citation = cite(detail, closing.sentence);
      return { status: "answered", lines: [`${name}：落款日期「${closing.date}」`, citationText(citation)], citations: [citation] };
    }
  }
  const above = type.id === "parent_place" ? parentPlace(detail.summary.region, query) : null;
  if (above) {
    // The sentence writing the place asked, else the report's opening, is what the reply cites.
    const sentences = reportSentences(detail);
    const writing = sentences.find((s) => s.text.includes(above.asked)) ?? sentences[0];
    const citations = writing ? [cite(detail, writing)] : [];
    return { status: "answered", lines: [`${name}：属于「${above.chain}」`, ...citations.map(citationText)], citations };
  }
  // The day a document was drawn up (公文生成日期) is no answer to when the page was published, unless asked.
  const drawnUp = type.id === "issued" && best !== undefined && !DRAWN_UP.test(query) && labelledOnlyAs(best, DRAWN_UP);
  const header = best?.shapes.some((s) => s.labelStart !== null) && !drawnUp ? null : headerFact(detail, type.id);
  if (header) {
    const writing = headerSentence(detail, type.id, reportSentences(detail));
    const citations = writing ? [cite(detail, writing)] : [];
    return { status: "answered", lines: [`${name}：${header}`, ...citations.map(citationText)], citations };
  }
  // The report's own number is the one its page prints under the notice's title, unless a 文号 field labels one.
  const own = type.id === "own_doc_number" && !best?.shapes.some((s) => s.labelStart !== null) ? ownDocumentNumber(reportSentences(detail)) : null;
  if (own) {
    const citation = cite(detail, own);
    return { status: "answered", lines: [`${name}：${type.subject}「${own.text.replace(/^[（(【[]\s*|\s*[）)】\]]$/gu, "")}」`, citationText(citation)], citations: [citation] };
  }
  if (!best) {
    const closest = ranked[0];
    const nearest = closest && closest.score > 0 ? cite(detail, closest.sentence) : null;
    const lines = [`${name}没有载明${type.subject || "所问的内容"}。`];
    if (nearest) lines.push("报告中相关的表述：", citationText(nearest));
    return { status: "no_figure", lines, citations: nearest ? [nearest] : [] };
  }
  const citation = cite(detail, best.sentence);
  const extracted = extractAnswer(best, type, terms);
  const naming = namingNumber(detail, best, type, query);
  const numbered = naming ? [naming] : !type.countable && numberAsked ? numberStated(detail, best, extracted, query, question) : [];
  // Of a sentence citing several documents, the one asked is shown, not the first it writes.
  const shown = numbered[0];
  const part = shown && naming === null && !new RegExp(`(?<!\\d)${shown.value}(?!\\d)`, "u").test(extracted ?? "") ? shown.label : extracted;
  const labelled = part !== null && type.labels.some((l) => part.includes(l));
  const head =
    type.id === "yes_no"
      ? `${name}：${NEGATED.test(part ?? best.matched) ? "没有" : "有"}。${part ? `「${part}」` : ""}`
      : part
        ? `${name}：${labelled || !type.subject ? "" : type.subject}「${part}」`
        : `${name}中的相关表述：`;
  const figures = type.countable && part ? countStated(detail, best, part) : numbered;
  return { status: "answered", lines: [head, citationText(citation)], citations: [citation], figures };
}

// 第几号, 几号文: the number of a document is what is asked (the query may come with 几 taken out: 第 号).
const NUMBER_ASKED = /(?:第|几|多少|\s)\s*号/u;

const BUILDING_ASKED = /(?:几|多少)\s*号\s*楼|号楼/u;

/**
 * The stored numbers a text question may ask for, by its answer type: their metric, whether the
 * question asks one (an address question only when it asks 多少号), and the counter it asks (号楼, 次, 年).
 */
const NAMING_ASKED: Partial<Record<AnswerTypeId, { metric: string; asks?: (query: string) => boolean; counter: (query: string) => string | null }>> = {
  address: { metric: NARRATIVE_METRICS.addressNumber, asks: (q) => NUMBER_ASKED.test(q), counter: (q) => (BUILDING_ASKED.test(q) ? "号楼" : "号") },
  ordinal: { metric: NARRATIVE_METRICS.ordinal, counter: askedOrdinalCounter },
  year: { metric: NARRATIVE_METRICS.eventYear, counter: () => "年" },
};

/**
 * The stored number an address question asking 多少号 or 几号楼, an ordinal question (第几次, 排第几) or a
 * year question (哪一年成立) asks of `best`'s sentence: of a counter asked, the one counted so, then the one whose words the
 * question shares most (the street it names); null when the sentence holds none.
 */
function namingNumber(detail: ReportDetail, best: RankedSentence, type: AnswerType, query: string): StoredFigure | null {
  const naming = NAMING_ASKED[type.id];
  if (!naming || (naming.asks && !naming.asks(query))) return null;
  const sentence = best.sentence.text.trim();
  const stated = detail.figures.filter((f) => f.metric === naming.metric && f.quote.includes(sentence));
  const unit = naming.counter(query);
  const counted = unit === null ? stated : stated.filter((f) => f.unit === unit);
  const asked = new Set(tokenize(query));
  const shared = (f: StoredFigure): number => tokenize(f.label).filter((b) => asked.has(b)).length;
  return [...(counted.length > 0 ? counted : stated)].sort((a, b) => shared(b) - shared(a))[0] ?? null;
}

/**
 * The stored number of the document asked of `best`'s sentence (711 of 国务院令第711号): the one whose
 * issuer the question names (国务院令, 国办发), else the one the answering part writes, else the
 * sentence's only one.
 */
function numberStated(detail: ReportDetail, best: RankedSentence, part: string | null, query: string, question: string): StoredFigure[] {
  const sentence = best.sentence.text.trim();
  const cited = detail.figures.filter((f) => f.metric === NARRATIVE_METRICS.documentNumber && f.quote.includes(sentence));
  // The issuer is read in the whole question: the asking part has the agency's words (政府) taken out.
  const named = cited.filter((f) => question.includes(issuerOf(f.label)));
  const written = part === null ? undefined : cited.find((f) => part.replace(/\s+/gu, "").includes(`${f.value}`));
  const one = (named.length > 1 ? byTitleAsked(named, sentence, query) : named[0]) ?? written ?? (cited.length === 1 ? cited[0] : undefined);
  return one ? [one] : [];
}

/**
 * Of documents of one issuer a sentence cites (鄂政办发〔2016〕12号、…44号), the one whose title right
 * before it holds most of the question's words (全省政务公开工作要点); the first where none holds more.
 */
function byTitleAsked(documents: readonly StoredFigure[], sentence: string, query: string): StoredFigure | undefined {
  const asked = new Set(tokenize(query));
  let best: StoredFigure | undefined;
  let bestShare = -1;
  for (const d of documents) {
    const at = sentence.indexOf(d.label);
    const title = at < 0 ? null : TITLE_BEFORE.exec(sentence.slice(0, at))?.[1];
    const own = title ? tokenize(title) : [];
    const share = own.length === 0 ? 0 : own.filter((b) => asked.has(b)).length / own.length;
    if (share > bestShare) [best, bestShare] = [d, share];
  }
  return best;
}

// The title of a document right before its number: 《…》(鄂政办发〔2016〕44号).
const TITLE_BEFORE = /《([^《》]+)》\s*[(（]?\s*$/u;


/** Whether `sentence` cites a document of an issuer `query` names (省政府令 of 省政府令〔2008〕第9号). */
function citesIssuerAsked(detail: ReportDetail, sentence: string, query: string): boolean {
  return detail.figures.some((f) => f.metric === NARRATIVE_METRICS.documentNumber && f.quote.includes(sentence) && sentence.includes(f.label) && query.includes(issuerOf(f.label)));
}

/** The issuer's part of a designation (国务院令 of 国务院令第711号, 国办发 of 国办发〔2015〕22号). */
function issuerOf(label: string): string {
  return label.replace(/\s*(?:第\s*\d+\s*号令?|[〔\[［(（].*|\d+\s*号)$/u, "");
}

/** The stored figure of `best`'s sentence counted in the measure word `part` writes (八部分, 6个部分). */
function countStated(detail: ReportDetail, best: RankedSentence, part: string): StoredFigure[] {
  // A traditional page's part (6個部分) names the unit ingest stored in simplified script (个部分).
  const written = simplified(part);
  const stated = detail.figures.filter((f) => !NAMING_METRICS.has(f.metric) && f.quote.includes(best.sentence.text.trim()) && f.unit.length >= 2 && written.includes(simplified(f.unit)));
  return stated.slice(0, 1);
}

const DRAWN_UP = /生成|成文/u;

/** True when every labelled shape of `best` is labelled by words `label` matches (生成日期:2023-01-06). */
function labelledOnlyAs(best: RankedSentence, label: RegExp): boolean {
  const labelled = best.shapes.filter((s) => s.labelStart !== null);
  return labelled.length > 0 && labelled.every((s) => label.test(best.matched.slice(s.labelStart!, s.start)));
}

const STREET_NUMBER = /(?:路|街|巷|大道|胡同)[\d一二三四五六七八九十〇零\-—]+号$/u;

/** True when `best` answers: it has the answer's shape, or holds enough of the question. */
function fits(best: RankedSentence, type: AnswerType, options: readonly string[], counter: string | null, ownWords: boolean): boolean {
  // A bare number or 36号 is a contact detail only beside a word that says so (电话, 联系, 地址).
  // A street and its number (双龙南街1698号) says it is an address by itself, and a label may stand in
  // the clauses before the sentence (地址:…;电话:…).
  // An email (with its @) says what it is by itself, whatever label stands before it.
  if (type.id === "email") return best.shapes.length > 0;
  if (CONTACT_TYPES.has(type.id)) {
    return (
      best.shapes.length > 0 &&
      (best.shapes.some((s) => s.labelStart !== null) ||
        type.labels.some((l) => best.matched.includes(l) || best.sentence.lead.includes(l)) ||
        (type.id === "address" && best.shapes.some((s) => STREET_NUMBER.test(s.text))))
    );
  }
  if (counter !== null) return best.shapes.some((s) => s.text.endsWith(counter));
  if (LABEL_ONLY_TYPES.has(type.id)) return best.shapes.some((s) => s.labelStart !== null);
  if (SHAPED_TYPES.has(type.id)) return best.shapes.length > 0;
  // A yes needs every word of what is asked written somewhere in the report (新闻发言人制度 is not 审核制度).
  if (type.id === "yes_no") return best.unwritten.length === 0 && best.coverage >= MIN_YES_COVERAGE;
  // A reason is the sentence saying 由于 or 因为 of what is asked; asked of the report's own subject
  // (为什么公开的信息少, every word of it in the title), of the report as a whole (h4-214).
  if (type.id === "reason") return type.labels.some((l) => best.matched.includes(l)) && (best.coverage >= MIN_SHAPED_COVERAGE || !ownWords);
  // An either-or question is answered only by a sentence writing one of its alternatives (以兼职为主).
  if (type.id === "either" && !options.some((o) => best.matched.includes(o))) return false;
  // An answer-shaped run (a name in quotes, an enumeration) needs less of the question's words.
  const coverage = best.shapes.length > 0 ? MIN_SHAPED_COVERAGE : MIN_SHAPELESS_COVERAGE;
  // A sentence holding every word asked needs less weight: a short question has few words to weigh.
  return (best.score >= MIN_SHAPELESS_SCORE && best.coverage >= coverage) || (best.score >= MIN_WHOLE_SCORE && best.coverage >= WHOLE_COVERAGE);
}
