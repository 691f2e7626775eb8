/**
 * Figures stated in prose: every number with a counting unit (`主动公开政府信息13条`, `受理局长信箱17 件`,
 * `接受群众查询1838余人次`, `一千三百余条`), labelled with the noun phrase before it, quoted with its
 * sentence, and linked to the total it breaks down (`13条,其中,公开指南1条…`).
 */
import { tagWords } from "../word-tags.ts";
import { YEARS_NEW_SHARE } from "../../text/year-share.ts";
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import type { NormalizedText } from "../../text/normalized-text.ts";
import { touchesCut } from "../cut-characters.ts";
import { COUNTING_UNITS } from "../../text/measure-words.ts";
import { readNumber } from "../../text/numbers.ts";
import type { DraftFigure } from "./figure-draft.ts";
import { labelSpan, writtenText } from "./figure-label.ts";
import { metricOf } from "./narrative-metrics.ts";
import type { Sentence } from "./sentences.ts";
import { isYearOnYearClause } from "./year-on-year.ts";

const NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿";
// Not a count: part of a longer number, code or date (digits, letters, separators before it), an
// ordinal (第N条), or a vague amount (数十次, 几百人).
// 万 and 亿 may stand on either side of 余 (1.2万余条, 两万余份); thousands may be grouped by a
// space (2 435条) or counted by a 千 after the digits (3千余条, 1.5千人次).
// A prefix (近, 约) may follow any word (关注人数近3.2万人); a bare number may not follow 几 or 若, nor
// a numeral 数 (数十次), while digits after 数 count what the word before it names (主动公开政府信息数696条).
// Nouns of an amount that say what a bare number after them counts (人数, 数量, 访问量).
const AMOUNT_NOUN = "(?:人数|数量|总数|总量|访问量|浏览量|点击量|阅读量|关注量|粉丝数|粉丝量|订阅数|订阅量|用户数)";
// Things a report counts by the piece: a page that lost its measure words (a mirror's copy:
// 新闻发布会信息59,财政预决算信息68重点领域…; 部门动态402,其他信息248条) still counts them by the
// bare number after them; so do the steps applications go through (已办结18,结转下年度继续办理5,
// 行政复议1(结果维持1)).
const COUNTED_NOUN = "(?:信息|动态|要闻|公告|简报|文件|申请|事项|稿件|提案|建议|意见|留言|帖子|推文|作品|视频|文章|办结|办理|复议|诉讼)";
const MENTION = new RegExp(
  `(?:(?<![\\d.\\-/:A-Za-z第])(约|近|逾|超过|大约|将近)|(?<![\\d.\\-/:A-Za-z第几若${NUMERAL_CHARS}])(?<!数(?=[${NUMERAL_CHARS}])))` +
    `(\\d{1,3}(?: \\d{3})+(?![\\d.])|\\d+(?:,\\d{3})*(?:\\.\\d+)?|[${NUMERAL_CHARS}]+)((?<=\\d)千)?[ \\t]*(余|多)?[ \\t]*(万|亿)?[ \\t]*(余|多)?[ \\t]*` +
    // A count in 万 with no measure word after it (总关注量137.6万,) ends at the punctuation; so does one
    // a noun of amount names right before it (订阅人数为6113。), which needs no measure word; so does
    // a count right after a thing counted by the piece, where the measure word was lost.
    `(${COUNTING_UNITS}|%|(?<=[万亿])(?=[,，。;；、)）])|(?<=${AMOUNT_NOUN}(?:为|是|达到|达|:|：)?\\s*[\\d,.]+)(?=[,，。;；、)）]|$|(?![年月日号期届版万亿千百十])\\p{Script=Han})|(?<=${COUNTED_NOUN}\\d[\\d,]*)(?=[,，。;；、()（）\\n]|$|(?![年月日号期届版])\\p{Script=Han}))(左右|以上|余)?`,
  "uy",
);
// A mention opens with its number or with a prefix word of at most two characters right before
// it, so MENTION (sticky) is tried only there, in text order: the mentions a search over every
// position finds, at a fraction of its cost.
const NUMBER_CHAR = new RegExp(`[\\d${NUMERAL_CHARS}]`, "gu");
/** The longest prefix word MENTION allows (超过, 大约, 将近). */
const LONGEST_PREFIX = 2;
// A lone 一/两/百/千/万 before a measure word is an article or an idiom (一名工作人员, 千家万户), not a count.
const LONE_NON_COUNT = /^[一两百千万亿零〇]$/u;
const COUNTED_BEFORE = new RegExp(`${COUNTED_NOUN}$`, "u");
// What ends the clause of a lone 一 counted (申请一件,).
const ONE_ENDS_CLAUSE = /^(?:$|[,，。;；])/u;
// 两 before a unit counting people, acts or items is a count (由两名工作人员负责, 召开两次会议);
// before 个 it opens a set phrase as often (两个维护, 两个责任).
const COUNTING_TWO = /^(?:名|人|人次|次|件|条|期|篇|场|家|批|份)$/u;
const CLAUSE_BOUNDARY = /[,:]/u;
// 第9条至12条: the end of a range of articles, not a count.
const ORDINAL_RANGE = /第[\d〇零一二两三四五六七八九十百]+[条款项章节]\s*(?:至|到|、|和|及|-|—)\s*(?:第)?$/u;
const FOLLOWING_NOUN = /^[\u4e00-\u9fff]{1,8}/u;
/** Longest run after a count, to its clause's end, that names it where nothing before it does. */
const MAX_PREDICATE = 24;
const PREDICATE_AFTER = /^[\u4e00-\u9fff]{1,24}/u;
const LEAD_IN = /^(?:由|经|以|向|对)$/u;
const OBJECT_VERB = /(?:配备|配置|设有|设立|安排|指定|明确|落实|聘请|抽调)了?$/u;
const MAX_OBJECT = 16;
const OBJECT = /^[\u4e00-\u9fff]{2,16}/u;
// A count of time before 内 (3个工作日内) is a time limit, not a count of anything done.
const TIME_LIMIT_UNIT = /^(?:个?工作日|小时|天)$/u;
const NOUN_AFTER = /^[\u4e00-\u9fff]{2}/u;
// What a bare verb counts, written after the count: its nouns up to the next verb (发布1条概况类信息).
const COUNTED_OBJECT = /^[\u4e00-\u9fff]{2,10}/u;
// …and, in a list of counts each before its noun, a longer noun up to the list's mark (84条项目可行性研究报告批复信息、).
const LISTED_OBJECT = /^[\u4e00-\u9fff]{2,16}(?=[、;；])/u;
const NOUN_TAG = /^(?:n|q)/u;
const CLAUSE_END = /^(?:$|[,，;；。、(（])/u;
// The words that join two things counted (和, 及, 与, 以及).
const JOINER = "(?:以及|和|及|与)";
// A noun ended by a word joining it to the next count (一级栏目和54个二级栏目).
const JOINED_BEFORE_COUNT = new RegExp(String.raw`^([\u4e00-\u9fff]{2,10}?)${JOINER}(?=\d)`, "u");
// A count's noun, a joining word, and the label of the next count (统计月报 | 及 | 统计分析 of 10条统计月报及统计分析171条).
const NOUN_THEN_LABELLED_COUNT = new RegExp(String.raw`^([\u4e00-\u9fff]{2,10}?)${JOINER}([\u4e00-\u9fff]{2,10})(?=\d)`, "u");
// What parts a count's noun from the next count of a list: a mark, after an aside in brackets, if any.
const LIST_MARK = String.raw`(?:[(（][^()（）]*[)）])?(?:[、,，和及与]|以及)`;
const LIST_SEPARATOR = new RegExp(`^${LIST_MARK}$`, "u");
const LIST_MARK_OPENING = /^[、,，;；]/u;
// A list's next count right after a count's noun: 和54个…, 、20个….
const NEXT_COUNT = new RegExp(String.raw`^${LIST_MARK}\d`, "u");
const WITHIN = /^\s*(?:以内|之内|内)/u;
// A clause naming only the time a count covers (,其中2009年度, ,全年).
const TIME_ONLY = /^[,，、;；]\s*(?:其中)?\s*((?:19|20)\d{2}\s*年度?|全年|本年度?|当年|今年)\s*(?:共计|共|达到|达)?\s*$/u;
// Words of a label saying the time a count covers, which a count of another time does not share.
const OTHER_PERIOD = /累[计計]|日均|月均|年均|[历歷]年|截至目前/gu;
const RATE_ONLY = /^[\u4e00-\u9fff]{1,4}率$/u;
// Words that say a share and nothing of what it is a share of (约占总体的比例, 占比).
// A count changed from one before it (由原来的10项精简为4项): the verb of the change, and the words opening its start.
const CHANGED_TO = /^(?:精简|减少|压缩|缩减|缩短|增加|提高|降低|降|减|增|提升|调整)(?:为|到|至)?$/u;
const CHANGED_FROM = /(?:由|从)(?:原来的?|原有的?|原)?$/u;
const SHARE_ONLY = /^(?:约|大约)?(?:所?占[\u4e00-\u9fff]{0,8}?的?(?:比例|比重|比率|百分比)?|占比)$/u;

/** A prose figure with what metric assignment and checks need beyond the draft. */
export interface NarrativeFigure {
  draft: DraftFigure;
  /** Span of the number and unit in the normalized text. */
  start: number;
  end: number;
  /** Text of the clause before the number (normalized), which says what is counted. */
  context: string;
  sentence: Sentence;
  /** True when it states the change of the figure before it on the year before (比上年增加3147件). */
  change: boolean;
}

/**
 * Prose figures of the given sentences, with parents and canonical metrics assigned;
 * `inApplications` tells whether a position lies in the section on applications.
 */
export function narrativeFigures(
  norm: NormalizedText,
  list: Sentence[],
  inApplications: (pos: number) => boolean = () => false,
): NarrativeFigure[] {
  const all: NarrativeFigure[] = [];
  let previous: NarrativeFigure[] = [];
  // The counts of the last sentence that stated any, which a later one may say again.
  let stated: NarrativeFigure[] = [];
  let previousSentence: Sentence | null = null;
  let open: OpenBreakdown | null = null;
  // A number next to a cut character lost a character: it is not the number the report wrote.
  const mentions = mentionsIn(norm.text, list).filter((m) => {
    const start = m.index + (m[1]?.length ?? 0);
    return !touchesCut(norm, start, start + m[2]!.length);
  });
  let next = 0;
  for (const sentence of list) {
    while (next < mentions.length && mentions[next]!.index < sentence.start) next++;
    const inSentence: RegExpExecArray[] = [];
    for (; next < mentions.length && mentions[next]!.index + mentions[next]![0].length <= sentence.end; next++) {
      inSentence.push(mentions[next]!);
    }
    const found = sentenceFigures(norm, sentence, inSentence);
    respectively(found);
    open = linkBreakdowns(norm.text, sentence, found, previousSentence, previous, open);
    restatedParts(found, stated);
    const about = { text: norm.text.slice(sentence.start, sentence.end), inApplications: inApplications(sentence.start) };
    for (const f of found) f.draft.metric = metricOf(f, about);
    for (const f of found) if (f.draft.metric === NARRATIVE_METRICS.proactiveTotal && opensList(norm.text, f, found)) f.draft.metric = NARRATIVE_METRICS.misc;
    all.push(...found);
    if (found.length > 0) stated = found;
    previous = found;
    previousSentence = sentence;
  }
  return all;
}

// 微信和微博分别发布信息1408条、6502条: counts said 分别 of the things named before it.
const RESPECTIVELY = /^(.*?)分别(?:为|是|达到?|有)?(.*)$/u;
const ITEM_JOINER = /以及|和|、|及|与|與/u;

/**
 * Counts said 分别 of several things (微信和微博分别发布信息1408条、6502条), each labelled at first by
 * the whole clause: named instead by its own thing, in order, where the things are as many as the counts.
 */
function respectively(found: NarrativeFigure[]): void {
  for (let i = 0; i < found.length; ) {
    const label = found[i]!.draft.label;
    let j = i + 1;
    while (j < found.length && found[j]!.draft.label === label) j++;
    const m = j - i >= 2 ? RESPECTIVELY.exec(label) : null;
    const items = m ? m[1]!.split(ITEM_JOINER).filter((item) => item.length > 0) : [];
    if (m && items.length === j - i) {
      items.forEach((item, k) => {
        const f = found[i + k]!;
        f.draft.label = item + m[2]!;
        f.context = item + m[2]!;
      });
    }
    i = j;
  }
}

// One pass over the text the sentences cover; a mention never crosses a sentence end.
function mentionsIn(text: string, list: Sentence[]): RegExpExecArray[] {
  if (list.length === 0) return [];
  const from = list[0]!.start;
  const covered = text.slice(from, list.at(-1)!.end);
  const out: RegExpExecArray[] = [];
  // Where the last mention ends (the search goes on from there) and the last place tried.
  let resume = 0;
  let tried = -1;
  NUMBER_CHAR.lastIndex = 0;
  for (let n = NUMBER_CHAR.exec(covered); n; n = NUMBER_CHAR.exec(covered)) {
    for (let at = Math.max(resume, tried + 1, n.index - LONGEST_PREFIX); at <= n.index; at++) {
      tried = at;
      MENTION.lastIndex = at;
      const m = MENTION.exec(covered);
      if (!m) continue;
      resume = at + m[0].length;
      NUMBER_CHAR.lastIndex = Math.max(NUMBER_CHAR.lastIndex, resume);
      m.index += from;
      out.push(m);
      break;
    }
  }
  return out;
}

// The noun of the count before and 共 (17类文件共): what follows totals it.
const TOTAL_OF_PREVIOUS = /^[^\d,，、;；。]{0,8}(?:共计|合计|总计|共)$/u;

function sentenceFigures(norm: NormalizedText, sentence: Sentence, mentions: RegExpExecArray[]): NarrativeFigure[] {
  const out: NarrativeFigure[] = [];
  if (mentions.length === 0) return out;
  const text = norm.text.slice(sentence.start, sentence.end);
  for (const m of mentions) {
    const [whole, prefix, digits, thousands, suffix, large, largeSuffix, unit, after] = m;
    const at = m.index - sentence.start;
    const countingTwo = digits === "两" && !large && COUNTING_TWO.test(unit!);
    // 收到政府信息公开申请一件,: one of a thing counted by the piece, ending its clause, is a count.
    const countedOne = digits === "一" && !large && COUNTED_BEFORE.test(text.slice(0, at)) && ONE_ENDS_CLAUSE.test(text.slice(at + whole!.length));
    if ((LONE_NON_COUNT.test(digits!) && !countingTwo && !countedOne) || insideBookTitle(text, at) || ORDINAL_RANGE.test(text.slice(0, at))) continue;
    const read = readNumber(digits!);
    if (read === null) continue;
    const value = thousands ? read * 1000 : read;
    const start = m.index;
    const end = start + whole.length;
    const previous = out.at(-1) ?? null;
    const clauseStart = lastBoundary(text, at) + sentence.start;
    const fromPrevious = previous !== null && previous.end > clauseStart;
    // A time limit right before the count in its clause (3个工作日内回复23条) is part of what it
    // names: the counts of a list by time limit differ by it alone.
    const withinLimit = fromPrevious && TIME_LIMIT_UNIT.test(previous.draft.unit) && WITHIN.test(norm.text.slice(previous.end, start));
    const labelFrom = withinLimit ? previous.start : fromPrevious ? previous.end : clauseStart;
    // The clause before this one, when it counts nothing itself: what a bare verb here goes on about.
    const earlierStart = clauseStart > sentence.start ? lastBoundary(text, clauseStart - sentence.start - 1) + sentence.start : clauseStart;
    const earlier = earlierStart < clauseStart - 1 && (previous === null || previous.end <= earlierStart) ? earlierStart : null;
    // In a run of counts (主动公开政府信息88条、规范性文件2条) a count's clause starts after the one before.
    // 4件为不予公开, 1件为不予处理: what the count is, an outcome of applications, follows it.
    const outcome = outcomeAfter(norm.text, end);
    // 发布17类文件共1528条: a count totalling the items the count before it sorts is said by the whole clause.
    const totalsPrevious = fromPrevious && TOTAL_OF_PREVIOUS.test(norm.text.slice(previous.end, start));
    const context = outcome ? norm.text.slice(outcome.start, outcome.end) : norm.text.slice(fromPrevious && !totalsPrevious ? previous.end : clauseStart, start);
    // 申请4件(较2021年减少3件): the change may follow the count it changes within one clause.
    const change = isYearOnYearClause(context) || (fromPrevious && isYearOnYearClause(norm.text.slice(previous.end, start)));
    // A change is named after the figure it changes: 受理申请…比上年增加.
    const changed = change ? out.findLast((f) => !f.change) : undefined;
    // A count alone on its line (a table written one cell per line) is named by the line above it.
    const above = previous === null && text.slice(at + whole.length).trim() === "" && at === 0 ? labelLineAbove(norm, sentence.start) : null;
    out.push({
      draft: {
        metric: NARRATIVE_METRICS.misc,
        label: changed
          ? changed.draft.label + writtenText(norm, fromPrevious ? previous.end : clauseStart, start).trim().replace(/^[(（]/u, "")
          : outcome
            ? writtenText(norm, outcome.start, outcome.end)
            : above
            ? writtenText(norm, above.start, above.end)
            : labelOf(norm, labelFrom, start, end, previous, !fromPrevious, `${large ?? ""}${unit!}`, earlier),
        value,
        unit: `${large ?? ""}${unit!}`,
        approximate: Boolean(prefix) || Boolean(suffix) || Boolean(largeSuffix) || Boolean(after),
        normStart: above ? above.start : sentence.start,
        normEnd: sentence.end,
        parent: null,
      },
      start,
      end,
      context,
      sentence,
      change,
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
  unit: string,
  earlierClause: number | null,
): string {
  const span = labelSpan(norm.text, from, numberStart);
  // 累计访问量4746万人次,其中2009年度1499万人次: a count said again for a time of its own is the thing
  // counted before it, over that time.
  const period = previous ? TIME_ONLY.exec(norm.text.slice(previous.end, numberStart)) : null;
  if (period) return `${period[1]}${previous!.draft.label.replace(OTHER_PERIOD, "")}`;
  // 10条统计月报及统计分析171条: a count's own noun, joined to the label of the count after it.
  const pair = NOUN_THEN_LABELLED_COUNT.exec(norm.text.slice(numberEnd, numberEnd + 2 * MAX_OBJECT));
  if (pair) return writtenText(norm, numberEnd, numberEnd + pair[1]!.length);
  const prior = previous && !previousInEarlierClause && span.start === previous.end ? NOUN_THEN_LABELLED_COUNT.exec(norm.text.slice(previous.end, numberStart + 1)) : null;
  if (prior && previous!.end + prior[0].length === numberStart) return writtenText(norm, numberStart - prior[2]!.length, numberStart);
  // A word that only leads into the count (由两名工作人员负责) names nothing: the noun after it does.
  const after = FOLLOWING_NOUN.exec(norm.text.slice(numberEnd, numberEnd + 8));
  if (after && LEAD_IN.test(norm.text.slice(span.start, span.end))) return writtenText(norm, numberEnd, numberEnd + after[0].length);
  // A verb taking the count as its object (配备了4名政府信息公开全职工作人员) names nothing either: the
  // object after the count does, to the end of its clause.
  const object = OBJECT.exec(norm.text.slice(numberEnd, numberEnd + MAX_OBJECT));
  if (object && OBJECT_VERB.test(norm.text.slice(span.start, span.end))) return writtenText(norm, numberEnd, numberEnd + object[0].length);
  if (span.end > span.start) {
    // Counts each written before its noun (聚焦16个深度贫困县、20个极贫乡镇): the words before one are
    // the noun of the count before it, and the noun after it names it.
    const previousObject = previous && !previousInEarlierClause ? countedObject(norm.text.slice(previous.end, previous.end + MAX_OBJECT)) : 0;
    const objectAfter = countedObject(norm.text.slice(numberEnd, numberEnd + MAX_OBJECT));
    const ownObject = previousObject >= 2 ? objectAfter : 0;
    const between = previousObject >= 2 ? norm.text.slice(previous!.end + previousObject, numberStart) : "";
    if (ownObject >= 2 && span.start === previous!.end && LIST_SEPARATOR.test(between)) {
      return writtenText(norm, numberEnd, numberEnd + ownObject);
    }
    // A bare verb with its object after the count (其中发布1条概况类信息) is named by both; the last of
    // counts said in parallel (取消63项、下放670项市级行政权力事项) writes the noun they all share.
    // The first of counts each written before its noun (设置了23个一级栏目和54个二级栏目) is named by its
    // words and its noun, however long its words.
    const parallel = norm.text[span.start - 1] === "、";
    const after = parallel ? 0 : objectAfter;
    const listed = after >= 2 && NEXT_COUNT.test(norm.text.slice(numberEnd + after, numberEnd + after + 4));
    if (after >= 2 && (span.end - span.start <= 2 || listed)) return writtenText(norm, span.start, span.end) + writtenText(norm, numberEnd, numberEnd + after);
    // 每日发布空气质量日报,全年共发布365期: a bare verb counts what the clause before it names.
    if (span.end - span.start <= 2 && earlierClause !== null) {
      const whole = labelSpan(norm.text, earlierClause, span.end);
      return writtenText(norm, whole.start, whole.end);
    }
    // 17245条信息、行政许可类信息22549条: the noun after the count before, up to the list's mark, is that count's.
    const markAfterObject = previousObject >= 2 && span.start === previous!.end ? LIST_MARK_OPENING.exec(between) : null;
    const from = markAfterObject ? previous!.end + previousObject + markAfterObject[0].length : span.start;
    const label = writtenText(norm, from < span.end ? from : span.start, span.end);
    // 行政许可类92条,占总体的比例为32.86%: a share names no thing, the count it is the share of does.
    // 政协提案答复主动公开19件,公开率为13%: so does a rate, of the count before it.
    if (SHARE_ONLY.test(label) && previous && previous.draft.unit !== unit) return previous.draft.label + label;
    if (RATE_ONLY.test(label) && previous && previous.draft.unit !== unit) return `${previous.draft.label}的${label}`;
    // 材料由原来的10项精简为4项: the count a change ends at counts the thing the count it started from does.
    if (CHANGED_TO.test(label) && previous && !previousInEarlierClause && CHANGED_FROM.test(previous.draft.label)) {
      return previous.draft.label.replace(CHANGED_FROM, "") + label;
    }
    // A bare verb (招考90人) names what it counts together with the clause before (公开招聘2次); one
    // counted in the same unit (收到申请9件, 办结8件) is a step of its own, not part of the one before.
    // One with a noun of its own after the count (开设25个专题专栏) is named by that noun instead.
    const ownNoun = NOUN_AFTER.test(norm.text.slice(numberEnd, numberEnd + 2));
    if (span.end - span.start <= 2 && previous && previousInEarlierClause && previous.draft.unit !== unit && !ownNoun) return previous.draft.label + label;
    return label;
  }
  // Nothing before the number (58个全宗、7198卷): the same thing as the figure before, else the noun after.
  if (previous && !previousInEarlierClause) return previous.draft.label;
  // …and what comes after goes on to its clause's end (19件已按照规定时限和程序依法依规进行了答复).
  const predicate = PREDICATE_AFTER.exec(norm.text.slice(numberEnd, numberEnd + MAX_PREDICATE));
  if (predicate) {
    // …short of the word joining it to the next count (8个镇政府和50多个行政单位).
    const joined = JOINED_BEFORE_COUNT.exec(norm.text.slice(numberEnd, numberEnd + MAX_PREDICATE));
    const length = joined && joined[0].length <= predicate[0].length ? joined[1]!.length : predicate[0].length;
    return writtenText(norm, numberEnd, numberEnd + length);
  }
  if (previous) return previous.draft.label;
  // 回应群众网上留言、网上咨询等,共计6次: a count standing alone in its clause counts what the clause before names.
  const whole = earlierClause === null ? null : labelSpan(norm.text, earlierClause, from);
  if (whole && whole.end > whole.start) return writtenText(norm, whole.start, whole.end);
  return writtenText(norm, numberStart, numberEnd);
}

/**
 * The length of what a bare verb counts, written after the count: the run to its clause's end
 * where that is short (4件信息公开申请,), else the nouns opening it (专题专栏 of 专题专栏集中发布…).
 */
function countedObject(after: string): number {
  const listed = LISTED_OBJECT.exec(after);
  if (listed) return listed[0].length;
  const run = COUNTED_OBJECT.exec(after);
  if (!run) return 0;
  if (CLAUSE_END.test(after.slice(run[0].length))) return run[0].length;
  const joined = JOINED_BEFORE_COUNT.exec(after);
  if (joined) return joined[1]!.length;
  let length = 0;
  for (const { word, tag } of tagWords(run[0])) {
    if (!NOUN_TAG.test(tag)) break;
    length += word.length;
  }
  return length;
}

// What a count is, named by its predicate: an outcome of applications (…件为不予公开) or the kind
// they were (2件为属于行政查询事项), up to the end of the clause.
// The outcome may be quoted as the template names it (6件为“本机关不掌握相关政府信息”).
const OUTCOME_AFTER = /^(?:为|系)[“"]?((?:属于|属)?[\u4e00-\u9fff]{2,16}?)(?=$|[”",;。、)）])/u;
const OUTCOME_WORD = /^(?:予以公开|同意公开|部分公开|不予公开|不予处理|无法提供|信息不存在|其他处理)$|^属于?|^本机关不掌握|^没有现成信息|^不属于|^重复申请/u;

/** The span of the outcome a count's predicate names right after it, or null. */
function outcomeAfter(text: string, numberEnd: number): { start: number; end: number } | null {
  const m = OUTCOME_AFTER.exec(text.slice(numberEnd, numberEnd + 20));
  if (!m || !OUTCOME_WORD.test(m[1]!)) return null;
  const start = numberEnd + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length };
}

/** Longest line above a lone count that is read as its label: a table cell, not a paragraph. */
const MAX_LABEL_LINE = 30;
// A label cell holds words, no number and no end of a sentence.
const LABEL_LINE = /^[\p{Script=Han}A-Za-z()（）“”"、·\s]+$/u;

/** The span of the line right above `lineStart` when it reads as a label cell, else null. */
function labelLineAbove(norm: NormalizedText, lineStart: number): { start: number; end: number } | null {
  const text = norm.text;
  let end = lineStart;
  while (end > 0 && text[end - 1] !== "\n") end--;
  if (end === 0) return null;
  end--;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t" || text[end - 1] === "\r")) end--;
  let start = end;
  while (start > 0 && text[start - 1] !== "\n") start--;
  while (start < end && (text[start] === " " || text[start] === "\t")) start++;
  const line = text.slice(start, end);
  if (line.length < 2 || line.length > MAX_LABEL_LINE || !LABEL_LINE.test(line)) return null;
  const span = labelSpan(text, start, end);
  return span.end > span.start ? span : null;
}

/** Where the clause ending at `before` starts: after the last comma or colon outside a closed aside in brackets. */
function lastBoundary(text: string, before: number): number {
  let depth = 0;
  for (let i = before - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ")" || c === "）") depth++;
    else if ((c === "(" || c === "（") && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_BOUNDARY.test(c)) return i + 1;
  }
  return 0;
}

function insideBookTitle(text: string, at: number): boolean {
  return text.lastIndexOf("《", at) > text.lastIndexOf("》", at);
}

// Where a list of parts starts: 其中, 包括 (发布信息59563条,包括公文73条…), 具体为, or 在主动公开的信息中, .
const BREAKDOWN = /其中|包括|具体为|具体是|在[^,;。]{1,16}中(?=[,:])/gu;

/**
 * The total that parts starting with `first` break down, among the figures `before` them: the last
 * one, unless the first part names what an earlier total of its unit counts and the last one does
 * not (复议3件, 诉讼2件, 其中行政复议维持2件 → the parts are of 复议3件).
 */
function partsTotal(figures: NarrativeFigure[], first: NarrativeFigure | undefined): NarrativeFigure | null {
  const before = figures.filter((f) => !f.change);
  // Parts count in their total's unit: 累计公开信息489条,全文电子化率达100%,其中机构职能类4条 breaks down the 489.
  const sameUnit = first === undefined ? [] : before.filter((f) => f.draft.unit === first.draft.unit);
  const last = (sameUnit.length > 0 ? sameUnit : before).at(-1) ?? null;
  const head = first?.draft.label.slice(0, 4) ?? "";
  if (last === null || first === undefined || head.length < 4 || last.draft.label.includes(head)) return last;
  const named = before.filter((f) => f.draft.unit === first.draft.unit && f.draft.label.includes(head));
  return named.at(-1) ?? last;
}

const STATEMENT_VERB = /公开|发布|公示|推送|更新/u;
// Between two items of one list: a comma or 、 and the next item's bare noun (,人事信息).
const LIST_ITEM_GAP = /^\s*[,、]\s*[\u4e00-\u9fff]{2,12}$/u;

/**
 * True when `f` is the first of a list of kinds counted alike (公开机关简介信息4条,人事信息3条,
 * 计划总结4条): the count after it, in its unit and with no parent, is named by a bare noun with no
 * verb of its own. Such a count states one kind, never the whole.
 */
function opensList(text: string, f: NarrativeFigure, found: readonly NarrativeFigure[]): boolean {
  const next = found[found.indexOf(f) + 1];
  if (!next || next.change || next.draft.parent !== null || next.draft.unit !== f.draft.unit) return false;
  const gap = text.slice(f.end, next.start);
  return LIST_ITEM_GAP.test(gap) && !STATEMENT_VERB.test(gap);
}
const NEW_STATEMENT_VERB = /^(?:提起|提出|受理|收到|收取|发生|上年结转|结转)/u;

/** Where the parentheses open around `at` in `body` close (the body's end when `at` is in none). */
function closingParen(body: string, at: number): number {
  const open = body.lastIndexOf("(", at);
  if (open < 0 || body.lastIndexOf(")", at) > open) return body.length;
  const close = body.indexOf(")", at);
  return close < 0 ? body.length : close;
}

/**
 * Whether `at` in `body` lies in parentheses opened after `from`: 其中…不予公开2件(1件因属于国家秘密…)
 * lists in them the parts of the figure before them, not more parts of the total.
 */
function inParenthesesAfter(body: string, from: number, at: number): boolean {
  const open = body.lastIndexOf("(", at);
  return open > from && body.lastIndexOf(")", at) < open;
}

/**
 * Whether `part` can be a part of `total`: counted in its unit (or, with `unitless`, in none where a
 * copy lost it) and no larger (其中…2件,利用电子屏发布信息108条 after 95条 is none of its parts).
 */
function fitsUnder(part: DraftFigure, total: DraftFigure, unitless = false): boolean {
  return (part.unit === total.unit || (unitless && part.unit === "")) && part.value <= total.value;
}

/**
 * Parts listed in parentheses right after a total, in its unit (发布信息16642条(概况类194条、政务动态5749条)):
 * two or more of them break it down, as 其中 would say, unless the total is a part itself (h5-180);
 * so does the one share of the year a running total states there.
 */
function linkParenthesizedParts(body: string, from: number, found: NarrativeFigure[]): void {
  for (const total of found) {
    // A part of a 其中 list keeps what its parentheses hold out of the list (不予公开2件(1件因…)).
    if (total.change || total.draft.parent !== null || !/^\s*\(/u.test(body.slice(total.end - from))) continue;
    const close = closingParen(body, body.indexOf("(", total.end - from) + 1) + from;
    const parts = found.filter((f) => f.start > total.end && f.end <= close && !f.change && f.draft.parent === null && fitsUnder(f.draft, total.draft));
    // One part is enough where it is the year's own share of a running total (答复咨询17条(2012年新增15条)).
    const yearsShare = parts.length === 1 && YEARS_SHARE.test(body.slice(total.end - from, parts[0]!.start - from));
    if (parts.length >= 2 || yearsShare) for (const f of parts) f.draft.parent = total.draft;
  }
}

// What opens a bracket holding a year's own share of the count before it: (2012年新增…, (其中本年…, (今年新增….
const YEARS_SHARE = new RegExp(String.raw`^\s*\(\s*${YEARS_NEW_SHARE}\s*$`, "u");

// A count said again to open its own breakdown (在主办30件建议提案中,…): 在 and the label it had.
const RESTATED = /^在([\u4e00-\u9fff]{2,12})$/u;

/**
 * A count the last sentence stating counts gave as a part (共53件,其中主办30件) and this one says again to
 * break it down (在主办30件建议提案中,…) is that part again, under the same total.
 */
function restatedParts(found: NarrativeFigure[], previous: readonly NarrativeFigure[]): void {
  for (const f of found) {
    const said = f.draft.parent === null ? RESTATED.exec(f.draft.label)?.[1] : undefined;
    const before = said === undefined ? undefined : previous.find((p) => p.draft.label === said && p.draft.value === f.draft.value && p.draft.unit === f.draft.unit);
    if (before?.draft.parent) f.draft.parent = before.draft.parent;
  }
}

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
  // Every way of opening a breakdown writes 中, 包括 or 具体; most sentences have none.
  for (const m of body.includes("中") || body.includes("包括") || body.includes("具体") ? body.matchAll(BREAKDOWN) : []) {
    marked = true;
    const pos = sentence.start + m.index;
    const firstPart = found.find((f) => f.start > pos);
    let parent = partsTotal(found.filter((f) => f.end <= pos), firstPart);
    if (parent === null && /^\s*(?:\d+[、.])?\s*$/u.test(body.slice(0, m.index)) && previousSentence !== null) {
      const between = text.slice(previousSentence.end, sentence.start);
      if (!between.includes("\n")) parent = partsTotal(previous, firstPart);
    }
    if (parent === null) continue;
    // 其中 inside parentheses lists only what the parentheses hold: 申请49件(其中新收46件、结转3件),办结46件.
    const end = sentence.start + closingParen(body, m.index);
    for (const f of found) {
      const part = f.start > pos && f.end <= end && !inParenthesesAfter(body, m.index, f.start - sentence.start);
      // A part whose measure word was lost (其中…文件46政府会议信息42) is in its total's.
      if (part && f.draft.parent === null && fitsUnder(f.draft, parent.draft, true)) f.draft.parent = parent.draft;
    }
    last = parent;
  }
  linkParenthesizedParts(body, sentence.start, found);
  if (!marked && open !== null && !text.slice(open.end, sentence.start).includes("\n")) {
    const first = found[0];
    // A clause that discloses something of its own (在各村公开栏公开…430余条) or opens with a verb
    // of its own (…其他情形1件;提起行政诉讼2件, …申请4件;上年结转1件) starts no new part.
    const opening = first === undefined ? "" : text.slice(sentence.start, first.start);
    const ownStatement = STATEMENT_VERB.test(opening) || NEW_STATEMENT_VERB.test(opening.trimStart());
    if (first && !ownStatement && first.draft.unit === open.parent.draft.unit) {
      for (const f of found) if (fitsUnder(f.draft, open.parent.draft)) f.draft.parent = open.parent.draft;
      last = open.parent;
    }
  }
  const endsList = /[;；]$/u.test(body);
  return last !== null && endsList ? { parent: last, end: sentence.end } : null;
}
