/**
 * Ranks the sentences of one report as answers of a text question: every sentence is a candidate,
 * scored by the evidence in `fact-weights.ts`; the best comes first, report order breaking ties.
 */
import { ALL_LABELS, type AnswerType } from "../question/answer-type.ts";
import { tokenize } from "../search/bigram-tokenizer.ts";
import type { MatchingForm } from "../search/matching-form.ts";
import { BIGRAM_WEIGHT, HEAD_BOOST, LABEL_REACH, LABEL_WEIGHT, LABELLED_SHAPE_WEIGHT, LEAD_SHARE, NAME_BESIDE_REACH, NAME_BESIDE_WEIGHT, POST_SHAPE_WEIGHT, SHAPE_WEIGHT, WORD_WEIGHT } from "./fact-weights.ts";
import { CONTACT_TYPES, LABELLED_TYPES, shapeMatches, type ShapeMatch } from "./fact-patterns.ts";
import type { QuestionTerms, Term } from "./question-terms.ts";
import type { Sentence } from "./report-sentences.ts";

export interface RankedSentence {
  sentence: Sentence;
  /** The sentence as matched (simplified script). */
  matched: string;
  score: number;
  /** Share of the question's word and bigram weight the sentence holds, 0–1 (专职人员 in 专职工作人员 by its bigrams). */
  coverage: number;
  /** The run shaped as the answer, best placed first; empty when none. */
  shapes: LabelledShape[];
  /** The question's words the report writes nowhere. */
  unwritten: Term[];
  /** Weight of each question term in this report (rarer is heavier). */
  termWeight: (t: Term) => number;
}

export interface LabelledShape extends ShapeMatch {
  /** Where the label of the asked type before it starts, or null when none stands within reach. */
  labelStart: number | null;
}

// Posts a person is asked by (组长是谁, 办公室主任).
const POST = /^(?:副?组长|主任|负责人|联系人|局长|书记|站长|签发人)$/u;
// In a row of contact details a number belongs to the label nearest before it.
const CONTACT_LABELS = [...ALL_LABELS].filter(([, id]) => CONTACT_TYPES.has(id)).map(([label]) => label);
// A date after 统计期限 in its sentence bounds the period counted, which is no publication date.
const PERIOD_LABEL = /统计(?:期限|时限|期间|区间|时间|周期)/u;
// … and a date right after 发布时间 dates the page, which bounds no period counted (h6-118).
const ISSUED_LABEL = /(?:发布|成文|公开|生成|发文)(?:时间|日期)\s*[:：]?\s*$/u;

/** The sentences of a report ranked as answers of `type` for `terms`, best first. */
export function rankSentences(sentences: readonly Sentence[], type: AnswerType, terms: QuestionTerms, form: MatchingForm): RankedSentence[] {
  const matched = sentences.map((s) => form(s.text));
  const bigramSets = matched.map((t) => new Set(tokenize(t)));
  const n = sentences.length;
  const rarity = (df: number): number => Math.log(1 + n / Math.max(df, 1));
  const wordDf = terms.words.map((t) => matched.filter((m) => holds(m, t)).length);
  const bigramDf = terms.bigrams.map((b) => bigramSets.filter((s) => s.has(b)).length);
  const weightOf = new Map(terms.words.map((t, i) => [t, rarity(wordDf[i]!) * (t.head ? HEAD_BOOST : 1)]));
  // A word the report never writes is no evidence against one sentence over another (自己, 该找).
  const unwritten = terms.words.filter((_, i) => wordDf[i] === 0);
  const totalWords = terms.words.filter((_, i) => wordDf[i]! > 0).reduce((sum, t) => sum + weightOf.get(t)!, 0);
  const totalBigrams = bigramDf.reduce((sum, df) => (df > 0 ? sum + rarity(df) : sum), 0);
  const topics = topicHeadings(sentences, matched);
  const posts = terms.words.flatMap((t) => t.forms).filter((f) => POST.test(f));
  const ranked = sentences.map((sentence, i): RankedSentence => {
    const text = matched[i]!;
    // A topic heading ((二)政府信息依申请公开情况) names what the sentences under it say and says nothing itself.
    if (topics[i]!.heading) return { sentence, matched: text, score: 0, coverage: 0, shapes: [], unwritten, termWeight: (t) => weightOf.get(t) ?? 0 };
    let words = 0;
    terms.words.forEach((t, k) => {
      if (wordDf[k]! > 0 && holds(text, t)) words += weightOf.get(t)!;
    });
    // Words and bigrams only the clauses before it in its sentence hold (有疑问请联系… before 电话:…), or
    // the topic heading it stands under, count a share.
    const lead = [sentence.lead === "" ? "" : form(sentence.lead), topics[i]!.under].join(" ").trim();
    // The sentence an elided subject stands in (我乡成立政务公开监督领导小组 before 组长由…) names it in full.
    const subject = sentence.subject === "" ? "" : form(sentence.subject);
    terms.words.forEach((t, k) => {
      if (wordDf[k]! === 0 || holds(text, t)) return;
      if (subject !== "" && holds(subject, t)) words += weightOf.get(t)!;
      else if (lead !== "" && holds(lead, t)) words += LEAD_SHARE * weightOf.get(t)!;
    });
    let bigrams = 0;
    const leadBigrams = lead === "" ? null : new Set(tokenize(lead));
    terms.bigrams.forEach((b, k) => {
      if (bigramDf[k]! === 0) return;
      if (bigramSets[i]!.has(b) || (subject !== "" && subject.includes(b))) bigrams += rarity(bigramDf[k]!);
      else if (leadBigrams?.has(b)) bigrams += LEAD_SHARE * rarity(bigramDf[k]!);
    });
    const shapes = ownShapes(type, text);
    // 12328服务热线: a service number is labelled by the 热线 right after it.
    const labelled = shapes.some((s) => s.labelStart !== null || (type.id === "phone" && HOTLINE_AFTER.test(text.slice(s.end))));
    const label = type.labels.some((l) => text.includes(l));
    // A name set right beside what the question asks the name of (微信公众平台“魅力侨乡”, “滨海后龙”政务新媒体),
    // by the share of the question's words beside it.
    const beside = type.id !== "named" || totalWords === 0 ? 0 : Math.max(0, ...shapes.filter((s) => QUOTED_NAME.test(s.text)).map((s) => terms.words.reduce((sum, t, k) => (wordDf[k]! > 0 && besideShape(text, s, t) ? sum + weightOf.get(t)! : sum), 0))) / totalWords;
    // 组长是谁: a person named by the very post asked (组长:黄某, 以…为组长), not one of another post.
    const post = type.id === "person" && posts.some((p) => shapes.some((s) => s.text.replace(/\s/gu, "").includes(p)));
    const score =
      WORD_WEIGHT * words +
      (post ? POST_SHAPE_WEIGHT : 0) +
      BIGRAM_WEIGHT * bigrams +
      (label ? LABEL_WEIGHT : 0) +
      (shapes.length > 0 ? SHAPE_WEIGHT : 0) +
      (labelled ? LABELLED_SHAPE_WEIGHT : 0) +
      NAME_BESIDE_WEIGHT * beside;
    return { sentence, matched: text, score, coverage: totalWords + totalBigrams > 0 ? (words + bigrams) / (totalWords + totalBigrams) : 0, shapes, unwritten, termWeight: (t) => weightOf.get(t) ?? 0 };
  });
  return ranked.map((r, i) => ({ r, i })).sort((a, b) => b.r.score - a.r.score || a.i - b.i).map(({ r }) => r);
}

const HOTLINE_AFTER = /^[\u4e00-\u9fff]{0,4}热线/u;
const NUMBERED = /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])/u;
// A numbered sub-heading naming a topic (（五）政府信息公开监督保障情况), not stating a finding of its own.
const TOPIC_HEADING = new RegExp(`${NUMBERED.source}\\s*[^,，;；:：。]{2,30}?(?:情况|方面|工作)[。]?$`, "u");

/** For each sentence: whether it is a topic heading, and the heading it stands under (up to the next numbered one, in its section) or "". */
function topicHeadings(sentences: readonly Sentence[], matched: readonly string[]): { heading: boolean; under: string }[] {
  let current: { text: string; section: number } | null = null;
  return sentences.map((s, i) => {
    const text = matched[i]!.trim();
    if (TOPIC_HEADING.test(text)) {
      current = { text, section: s.sectionIndex };
      return { heading: true, under: "" };
    }
    if (current && (current.section !== s.sectionIndex || NUMBERED.test(text))) current = null;
    return { heading: false, under: current?.text ?? "" };
  });
}

// A name set in quotes or book marks (“魅力侨乡”, 《政风行风热线》), not a run of words before 网 or 公众号.
const QUOTED_NAME = /^[“「"‘《]/u;

/** True when `term` is written right before or right after the shaped run `shape` of `text`. */
function besideShape(text: string, shape: ShapeMatch, term: Term): boolean {
  const before = text.slice(Math.max(0, shape.start - NAME_BESIDE_REACH), shape.start);
  const after = text.slice(shape.end, shape.end + NAME_BESIDE_REACH);
  return term.forms.some((f) => f.length >= 2 && (before.includes(f) || after.includes(f)));
}

/** True when `text` holds `term` or a report word it stands for. */
export function holds(text: string, term: Term): boolean {
  return term.forms.some((f) => text.includes(f));
}

/**
 * The runs of `text` shaped as an answer of `type`, those right after a label of the type first.
 * A contact detail labelled only as another type's (the 传真 number when a phone is asked) is none.
 */
function ownShapes(type: AnswerType, text: string): LabelledShape[] {
  const out: LabelledShape[] = [];
  let previousEnd = 0;
  for (const m of shapeMatches(type.id, text)) {
    // The labels between the value before and this one are this one's (电话（传真）：0731-5550100 has two).
    const window = Math.max(previousEnd, m.start - LABEL_REACH);
    previousEnd = m.end;
    const before = text.slice(window, m.start);
    // Only a value is introduced by its label; a person or a name is not (组长 before 副组长 labels nothing).
    const own = LABELLED_TYPES.has(type.id) ? nearestLabel(before, type.labels) : null;
    // …but an email, which nothing else looks like, is one whatever label a page set before it (邮编:gzzgcz@163.com).
    if (CONTACT_TYPES.has(type.id) && type.id !== "email" && !own && nearestLabel(before, CONTACT_LABELS)) continue;
    if (type.id === "issued" && !own && PERIOD_LABEL.test(text.slice(0, m.start))) continue;
    if (type.id === "period" && !own && ISSUED_LABEL.test(before)) continue;
    out.push({ ...m, labelStart: own ? window + pairedStart(before, own.at) : null });
  }
  return out.sort((a, b) => Number(b.labelStart !== null) - Number(a.labelStart !== null));
}

/** Where a label at `at` of `text` starts with the label it is bracketed after (电话（传真）). */
function pairedStart(text: string, at: number): number {
  const head = text.slice(0, at);
  if (!/[（(]$/u.test(head)) return at;
  const outer = CONTACT_LABELS.find((l) => head.endsWith(`${l}${head.at(-1)}`));
  return outer ? at - 1 - outer.length : at;
}

/** The label of `labels` that ends last in `text` (the one nearest before what follows). */
function nearestLabel(text: string, labels: readonly string[]): { label: string; at: number } | null {
  let best: { label: string; at: number } | null = null;
  for (const label of labels) {
    const at = text.lastIndexOf(label);
    if (at < 0) continue;
    const end = at + label.length;
    if (!best || end > best.at + best.label.length || (end === best.at + best.label.length && label.length > best.label.length)) best = { label, at };
  }
  return best;
}
