/**
 * Figures stated in prose: every number with a counting unit (`主动公开政府信息13条`, `受理局长信箱17 件`,
 * `接受群众查询1838余人次`, `一千三百余条`), labelled with the noun phrase before it, quoted with its
 * sentence, and linked to the total it breaks down (`13条,其中,公开指南1条…`).
 */
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import type { NormalizedText } from "../normalized-text.ts";
import { readNumber } from "../numbers.ts";
import type { DraftFigure } from "./figure-draft.ts";
import { labelSpan, writtenText } from "./figure-label.ts";
import type { Sentence } from "./sentences.ts";

const NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿";
const UNITS = "个工作日|工作日|人次|户次|件次|元|条|件|次|人|宗|个|份|期|篇|项|场|家|小时|天|名|卷|封|起|例|册|所|台";
// Not a count: part of a longer number, code or date (digits, letters, separators before it), an
// ordinal (第N条), or a vague amount (数十次, 几百人).
const MENTION = new RegExp(
  `(?<![\\d.\\-/:A-Za-z第数几若${NUMERAL_CHARS}])(约|近|逾|超过|大约|将近)?` +
    `(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[${NUMERAL_CHARS}]+)[ \\t]*(余|多)?[ \\t]*` +
    `((?:万|亿)?(?:${UNITS})|%)(左右|以上|余)?`,
  "gu",
);
// A lone 一/两/百/千/万 before a measure word is an article or an idiom (一名工作人员, 千家万户), not a count.
const LONE_NON_COUNT = /^[一两百千万亿零〇]$/u;
const CLAUSE_BOUNDARY = /[,:]/u;
const FOLLOWING_NOUN = /^[\u4e00-\u9fff]{1,8}/u;

/** A prose figure with what metric assignment and checks need beyond the draft. */
export interface NarrativeFigure {
  draft: DraftFigure;
  /** Span of the number and unit in the normalized text. */
  start: number;
  end: number;
  /** Text of the clause before the number (normalized), which says what is counted. */
  context: string;
  sentence: Sentence;
}

/** Prose figures of the given sentences, with parents and canonical metrics assigned. */
export function narrativeFigures(norm: NormalizedText, list: Sentence[]): NarrativeFigure[] {
  const all: NarrativeFigure[] = [];
  let previous: NarrativeFigure[] = [];
  let previousSentence: Sentence | null = null;
  let open: OpenBreakdown | null = null;
  const mentions = mentionsIn(norm.text, list);
  let next = 0;
  for (const sentence of list) {
    while (next < mentions.length && mentions[next]!.index < sentence.start) next++;
    const inSentence: RegExpExecArray[] = [];
    for (; next < mentions.length && mentions[next]!.index + mentions[next]![0].length <= sentence.end; next++) {
      inSentence.push(mentions[next]!);
    }
    const found = sentenceFigures(norm, sentence, inSentence);
    open = linkBreakdowns(norm.text, sentence, found, previousSentence, previous, open);
    for (const f of found) f.draft.metric = metricOf(f);
    all.push(...found);
    previous = found;
    previousSentence = sentence;
  }
  return all;
}

// One pass over the text the sentences cover; a mention never crosses a sentence end.
function mentionsIn(text: string, list: Sentence[]): RegExpExecArray[] {
  if (list.length === 0) return [];
  const from = list[0]!.start;
  const covered = text.slice(from, list.at(-1)!.end);
  return [...covered.matchAll(MENTION)].map((m) => {
    m.index += from;
    return m;
  });
}

function sentenceFigures(norm: NormalizedText, sentence: Sentence, mentions: RegExpExecArray[]): NarrativeFigure[] {
  const out: NarrativeFigure[] = [];
  if (mentions.length === 0) return out;
  const text = norm.text.slice(sentence.start, sentence.end);
  for (const m of mentions) {
    const [whole, prefix, digits, suffix, unit, after] = m;
    const at = m.index - sentence.start;
    if (LONE_NON_COUNT.test(digits!) || insideBookTitle(text, at)) continue;
    const value = readNumber(digits!);
    if (value === null) continue;
    const start = m.index;
    const end = start + whole.length;
    const previous = out.at(-1) ?? null;
    const clauseStart = lastBoundary(text, at) + sentence.start;
    const fromPrevious = previous !== null && previous.end > clauseStart;
    const labelFrom = fromPrevious ? previous.end : clauseStart;
    const context = norm.text.slice(clauseStart, start);
    out.push({
      draft: {
        metric: NARRATIVE_METRICS.misc,
        label: labelOf(norm, labelFrom, start, end, previous, !fromPrevious),
        value,
        unit: unit!,
        approximate: Boolean(prefix) || Boolean(suffix) || Boolean(after),
        normStart: sentence.start,
        normEnd: sentence.end,
        parent: null,
      },
      start,
      end,
      context,
      sentence,
    });
  }
  return out;
}

function labelOf(
  norm: NormalizedText,
  from: number,
  numberStart: number,
  numberEnd: number,
  previous: NarrativeFigure | null,
  previousInEarlierClause: boolean,
): string {
  const span = labelSpan(norm.text, from, numberStart);
  if (span.end > span.start) {
    const label = writtenText(norm, span.start, span.end);
    // A bare verb (招考90人) names what it counts together with the clause before (公开招聘2次).
    if (span.end - span.start <= 2 && previous && previousInEarlierClause) return previous.draft.label + label;
    return label;
  }
  // Nothing before the number (58个全宗、7198卷): the same thing as the figure before, else the noun after.
  if (previous && !previousInEarlierClause) return previous.draft.label;
  const after = FOLLOWING_NOUN.exec(norm.text.slice(numberEnd, numberEnd + 8));
  if (after) return writtenText(norm, numberEnd, numberEnd + after[0].length);
  return previous?.draft.label ?? writtenText(norm, numberStart, numberEnd);
}

function lastBoundary(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (CLAUSE_BOUNDARY.test(text[i]!)) return i + 1;
  return 0;
}

function insideBookTitle(text: string, at: number): boolean {
  return text.lastIndexOf("《", at) > text.lastIndexOf("》", at);
}

// Where a list of parts starts: 其中, or 在主动公开的信息中, .
const BREAKDOWN = /其中|在[^,;。]{1,16}中(?=[,:])/gu;

/** A total whose parts were being listed when a sentence ended with ";" (the list may go on). */
interface OpenBreakdown {
  parent: NarrativeFigure;
  /** End of the sentence that listed the last parts. */
  end: number;
}

/**
 * Links parts to their total: figures after 其中 in a sentence belong to the last figure before it;
 * a sentence that opens with 其中 continues the last figure of the sentence before it, and a list
 * cut by ";" goes on in the next sentence. Returns the breakdown left open at the sentence's end.
 */
function linkBreakdowns(
  text: string,
  sentence: Sentence,
  found: NarrativeFigure[],
  previousSentence: Sentence | null,
  previous: NarrativeFigure[],
  open: OpenBreakdown | null,
): OpenBreakdown | null {
  const body = text.slice(sentence.start, sentence.end);
  let last: NarrativeFigure | null = null;
  let marked = false;
  for (const m of body.matchAll(BREAKDOWN)) {
    marked = true;
    const pos = sentence.start + m.index;
    let parent = [...found].reverse().find((f) => f.end <= pos) ?? null;
    if (parent === null && /^\s*(?:\d+[、.])?\s*$/u.test(body.slice(0, m.index)) && previousSentence !== null) {
      const between = text.slice(previousSentence.end, sentence.start);
      if (!between.includes("\n")) parent = previous.at(-1) ?? null;
    }
    if (parent === null) continue;
    for (const f of found) {
      if (f.start > pos && f.draft.unit === parent.draft.unit && f.draft.parent === null) f.draft.parent = parent.draft;
    }
    last = parent;
  }
  if (!marked && open !== null && !text.slice(open.end, sentence.start).includes("\n")) {
    const first = found[0];
    if (first && first.draft.unit === open.parent.draft.unit) {
      for (const f of found) if (f.draft.unit === open.parent.draft.unit) f.draft.parent = open.parent.draft;
      last = open.parent;
    }
  }
  const endsList = /[;；]$/u.test(body);
  return last !== null && endsList ? { parent: last, end: sentence.end } : null;
}

const PROACTIVE = /公开|发布|更新/u;
const PROACTIVE_NOT = /申请|咨询|不得|不少于|不超过|每月|每周|每年|要求/u;
// What is counted is named last: 公开目录中主动公开政府信息 counts information, 目录和指南 does not.
const PROACTIVE_NOT_COUNTED = /(?:目录|指南|栏目)[和及、]?(?:目录|指南)?$/u;
const APPLICATION = /依申请|公开申请|申请公开/u;
const APPLICATION_NOT = /复议|诉讼|收费|不予|答复|办结|网上申请|电子邮件|信函|当面/u;

function metricOf(f: NarrativeFigure): string {
  const { draft, context } = f;
  if (draft.parent !== null) {
    return draft.parent.metric === NARRATIVE_METRICS.proactiveTotal
      ? NARRATIVE_METRICS.proactiveCategory
      : NARRATIVE_METRICS.misc;
  }
  const unit = draft.unit;
  if (
    unit === "条" &&
    PROACTIVE.test(context) &&
    /信息|文件/u.test(context) &&
    !PROACTIVE_NOT.test(context) &&
    !PROACTIVE_NOT_COUNTED.test(context.trimEnd())
  ) {
    return NARRATIVE_METRICS.proactiveTotal;
  }
  if (/^(?:件|条|个|宗)$/u.test(unit) && APPLICATION.test(context) && !APPLICATION_NOT.test(context)) {
    return NARRATIVE_METRICS.applicationsReceived;
  }
  if (/元$/u.test(unit) && /收费|费用|收取/u.test(context) && !/减免/u.test(context)) {
    return NARRATIVE_METRICS.feesTotal;
  }
  if (/^(?:件|起|宗|个)$/u.test(unit)) {
    const review = /复议/u.test(context);
    const litigation = /诉讼/u.test(context);
    if (review && !litigation) return NARRATIVE_METRICS.reviewTotal;
    if (litigation && !review) return NARRATIVE_METRICS.litigationTotal;
  }
  return NARRATIVE_METRICS.misc;
}
