/**
 * The proactive-disclosure category a question names (工作动态 of 其中工作动态类信息40条): by the
 * category's whole name, its head noun, the end of a long name, or a short name of it.
 */
import { NARRATIVE_METRICS } from "../../domain/metrics.ts";
import { abbreviates } from "../../text/short-names.ts";
import type { ReportDetail, StoredFigure } from "../report-source.ts";
import type { MatchingForm } from "../search/matching-form.ts";
import { tokenize } from "../search/bigram-tokenizer.ts";
import { sharedBigrams } from "../search/passage-ranker.ts";
import { askedKind } from "./asked-kind.ts";

const CATEGORY_NOISE = /^(其中|包括)|(类信息|信息|类)$/g;
const CATEGORY_PREFIX = /^(?:其中|包括)/u;
// A label naming a kind of information (政府信息公开信息), written whole in the question, names a category its stripped name would not.
const WHOLE_CATEGORY = /^\p{Script=Han}{4,}信息$/u;
// 市政府各部门主动公开政府信息12304条 names its category before the measure every question shares.
const SHARED_MEASURE = /(?:主动)?公开(?:政府)?$/;
// Labels that name the whole, not a category of it.
const NOT_CATEGORIES = new Set(["政府", "政府信息", "公开", "主动公开", "各类", "信息公开"]);

/** Share of the bigrams of the kind a question names that a category's name must hold. */
const MIN_KIND_COVERAGE = 2 / 3;

/** The category figure of `detail` that `query` names most of, or null. */
export function categoryFigure(detail: ReportDetail, query: string, form: MatchingForm): StoredFigure | null {
  let best: StoredFigure | null = null;
  let bestLength = 0;
  const named: { figure: StoredFigure; name: string }[] = [];
  const others = detail.figures.filter((f) => f.metric !== NARRATIVE_METRICS.proactiveCategory).map((f) => form(f.label));
  for (const f of detail.figures) {
    if (f.metric !== NARRATIVE_METRICS.proactiveCategory) continue;
    const stripped = form(f.label).replace(CATEGORY_NOISE, "").replace(CATEGORY_NOISE, "").replace(SHARED_MEASURE, "");
    // 政府信息公开信息 stripped is 政府信息, no category; written whole in the question, it is that category.
    const whole = form(f.label).replace(CATEGORY_PREFIX, "").replace(/类/gu, "");
    const name = NOT_CATEGORIES.has(stripped) && WHOLE_CATEGORY.test(whole) && query.includes(whole) ? whole : stripped;
    if (name.length < 2 || NOT_CATEGORIES.has(name) || writtenInto(name, query, others)) continue;
    named.push({ figure: f, name });
    const length = namedLength(name, query);
    if (length > bestLength) {
      best = f;
      bestLength = length;
    }
  }
  const chosen = best ?? coveringCategory(named, query);
  // 直属单位信息 written whole is that figure's label, not part of the category 总局机关和直属单位子站信息.
  if (chosen && others.some((l) => l.length >= MIN_WHOLE_OTHER && l.length > bestLength && query.includes(l))) return null;
  return chosen;
}

/** Shortest label of another figure that, written whole in the question, names that figure over a category. */
const MIN_WHOLE_OTHER = 4;

/** Characters past a category's name that, written on in another figure's label, make the question name that figure. */
const RUN_ON = 2;

/**
 * True when the question writes the name on into words another figure's label holds (其他方式公开
 * of 其他方式公开政府信息数, not the category 其他信息), or opens it with them (采购公告公示 of
 * 含采购公告公示16条, not the category 公告公示信息): the longer label is what it names.
 */
function writtenInto(name: string, query: string, labels: readonly string[]): boolean {
  const at = query.indexOf(name);
  if (at < 0) return false;
  const after = query.slice(at, at + name.length + RUN_ON);
  const before = at >= RUN_ON ? query.slice(at - RUN_ON, at + name.length) : "";
  return [after, before].some((run) => run.length === name.length + RUN_ON && labels.some((l) => l.includes(run)));
}

/**
 * The one category whose name holds most of the kind the question names in words of its own
 * (预决算信息 for 财务预决算和“三公”经费, 领导分工 for 机构领导及其分工), or null when none or
 * several do.
 */
function coveringCategory(named: { figure: StoredFigure; name: string }[], query: string): StoredFigure | null {
  const kind = askedKind(query);
  if (!kind) return null;
  const wanted = new Set(tokenize(kind)).size;
  let best: StoredFigure | null = null;
  let bestShare = 0;
  let tied = false;
  for (const { figure, name } of named) {
    const covered = sharedBigrams(name, kind);
    const share = covered / wanted;
    if (covered < 2 || share < MIN_KIND_COVERAGE) continue;
    if (share > bestShare) [best, bestShare, tied] = [figure, share, false];
    else if (share === bestShare) tied = true;
  }
  return tied ? null : best;
}

/** Shortest end of a category name a question may name it by (政策法规 for 教育政策法规). */
const MIN_CATEGORY_TAIL = 4;
/** Longest end of a category name tried with its two words swapped. */
const MAX_SWAPPED = 6;

/**
 * How much of category `name` the question writes: all of it, or its head noun: the end of a
 * name that lists examples first (户政、出入境等办事指南 → 办事指南) or of a long name (教育政策法规
 * → 政策法规). 0 when it writes none.
 */
function namedLength(name: string, query: string): number {
  if (query.includes(name)) return name.length;
  // 各县(市、区)政府门户网站 is written 各县市区政府门户网站.
  const bare = name.replace(/[\p{P}\s]/gu, "");
  if (bare !== name && bare.length >= 2 && query.includes(bare)) return bare.length;
  const head = name.slice(name.lastIndexOf("等") + 1);
  if (head !== name && head.length >= 2 && query.includes(head)) return head.length;
  for (let k = head.length; k >= MIN_CATEGORY_TAIL; k--) if (query.includes(head.slice(-k))) return k;
  // 征收土地 for 土地征收, 承包土地 for 农村土地承包: the name's end written as two words the other way round.
  for (let k = Math.min(head.length, MAX_SWAPPED); k >= MIN_CATEGORY_TAIL; k--) {
    const tail = head.slice(-k);
    for (let i = 2; i <= k - 2; i++) if (query.includes(tail.slice(i) + tail.slice(0, i))) return k;
  }
  // 新农合补偿 for 新型农村合作医疗补偿: a short name ending as the category does.
  for (let len = Math.min(query.length, head.length - 1); len >= MIN_CATEGORY_TAIL; len--) {
    for (let i = 0; i + len <= query.length; i++) {
      const short = query.slice(i, i + len);
      if (short.endsWith(head.slice(-1)) && abbreviates(short, head)) return len;
    }
  }
  return 0;
}
