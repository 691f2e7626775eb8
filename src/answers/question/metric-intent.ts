/**
 * What a question asks for, read from the phrase tables in `data/metric-intents.json`: a stored
 * metric (with the section quoted when a report lacks it), a passage (problems, measures), a
 * listing of reports or a ranking, the measure word that narrows report-specific figures, and the
 * channel of disclosure a count is asked of.
 */
import table from "../../../data/metric-intents.json" with { type: "json" };

export interface MetricIntent {
  id: string;
  kind: "figure" | "text";
  phrases: string[];
  /** Stored metric keys tried in order (figure intents). */
  metrics: string[];
  /** Section kind quoted for text answers and for reports that state no such figure. */
  section: string;
  /** What the answer calls the measure (主动公开政府信息). */
  subject: string;
  unit: string;
  /** Words that mark the passage a text answer quotes. */
  passageWords: string[];
  /**
   * Words a passage outside the intent's section holds besides a marking word to answer it
   * (存在 of 存在的问题, not 群众关切的问题): empty when a marking word is enough.
   */
  elsewhereWords: string[];
  /** True when a passage planning for a later year answers it (改进措施). */
  plans: boolean;
}

interface IntentRow {
  id: string;
  kind: string;
  phrases: string[];
  metrics?: string[];
  section: string;
  subject: string;
  unit?: string;
  passageWords?: string[];
  elsewhereWords?: string[];
  plans?: boolean;
}

const intents: MetricIntent[] = (table.intents as IntentRow[]).map((i) => ({
  id: i.id,
  kind: i.kind === "text" ? "text" : "figure",
  phrases: i.phrases,
  metrics: i.metrics ?? [],
  section: i.section,
  subject: i.subject,
  unit: i.unit ?? "",
  passageWords: i.passageWords ?? [],
  elsewhereWords: i.elsewhereWords ?? [],
  plans: i.plans ?? false,
}));
const byId = new Map(intents.map((i) => [i.id, i]));
const reasons = Object.entries(table.refusalReasons as Record<string, string>);
const longestFirst = (entries: [string, string][]): [string, string][] => entries.sort((a, b) => b[0].length - a[0].length);
const reasonPhrases = longestFirst([...reasons]).map(([phrase]) => phrase);
const columns = longestFirst(Object.entries(table.applicantColumns as Record<string, string>));
const outcomes = longestFirst(Object.entries(table.reviewOutcomes as Record<string, string>));
const art20Columns = longestFirst(Object.entries(table.art20Columns as Record<string, string>));
const documentColumns = Object.entries(table.art20DocumentColumns as Record<string, string[]>).sort((a, b) => b[0].length - a[0].length);
const channels: readonly string[] = table.channels;
const sectionWords = table.sectionWords as Record<string, string[]>;
const impliedWords = table.impliedWords as Record<string, string[]>;
const measures = Object.entries(table.measureWords as Record<string, string[]>).sort((a, b) => b[0].length - a[0].length);

const MONEY_UNIT = /元$/u;

/** The words every measure of a section implies (依申请 of the applications section): said in a question, they ask nothing more. */
export function wordsImplied(section: string): readonly string[] {
  return impliedWords[section] ?? [];
}

/** True when `text` names the matter of a section other than `section` (主动公开 of a count asked of applications) and not its own. */
export function namesOtherSection(section: string, text: string): boolean {
  if ((sectionWords[section] ?? []).some((w) => text.includes(w))) return false;
  return Object.entries(sectionWords).some(([other, words]) => other !== section && words.some((w) => text.includes(w)));
}

/**
 * The first intent (in table order) with a phrase in `text`, or null. A measure of money is not
 * what a question asking a count of items asks (公开收费标准等信息多少条 counts disclosures, h5-075):
 * given the units asked (`measureUnits`), an intent counted in 元 needs one of them to be money.
 */
export function detectIntent(text: string, askedUnits: readonly string[] | null = null): MetricIntent | null {
  const countsItems = askedUnits !== null && !askedUnits.some((u) => MONEY_UNIT.test(u));
  return intents.find((i) => !(countsItems && i.kind === "figure" && MONEY_UNIT.test(i.unit ?? "")) && i.phrases.some((p) => phraseAsks(text, p))) ?? null;
}

// A phrase asking how many (发布了多少) and the noun it counts after its measure word (条政策解读).
const HOW_MANY_END = /(?:多少|几)$/u;
const COUNTED_NOUN = /^(?:万|亿)?[条件个篇项次份期]?(\p{Script=Han}{2,})/u;
// Information of any kind (信息, 环保水利信息) is what the phrase's own measure counts; another noun (政策解读) is not.
const GENERIC_COUNTED = /^(?:各类|各种|相关)?(?:政府|政务)?(?:信息|文件|内容|数据|的)|信息$/u;

/**
 * Whether `text` asks `phrase`'s measure: it writes the phrase, and a phrase asking how many
 * (发布了多少) counts no noun of its own after it (发布了多少条政策解读 asks of 政策解读, not of all published).
 */
function phraseAsks(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  if (at < 0) return false;
  if (!HOW_MANY_END.test(phrase)) return true;
  const noun = COUNTED_NOUN.exec(text.slice(at + phrase.length))?.[1];
  return noun === undefined || GENERIC_COUNTED.test(noun);
}

/** Every text intent with a phrase in `text`, in table order (存在的问题和改进措施 names two). */
export function textIntentsIn(text: string): MetricIntent[] {
  return intents.filter((i) => i.kind === "text" && i.phrases.some((p) => text.includes(p)));
}

/** The text intents answered from the sections of `kind` (存在的问题 and 改进措施 share one). */
export function textIntentsOfSection(kind: string): MetricIntent[] {
  return intents.filter((i) => i.kind === "text" && i.section === kind);
}

/** The intent with `id`, or null when the table no longer has it (a stored chat state from an older table). */
export function intentById(id: string): MetricIntent | null {
  return byId.get(id) ?? null;
}

/**
 * `text` with the refusal reasons it names blanked out: their words name the reason, not another
 * measure (收费 in 逾期未按收费通知缴费 asks for no fees).
 */
export function withoutReasons(text: string): string {
  return reasonPhrases.reduce((out, phrase) => out.split(phrase).join(" "), text);
}

/** The refusal reasons `text` names as written (不掌握 of 答复为本机关不掌握), longest first. */
export function reasonsNamed(text: string): string[] {
  return reasonPhrases.filter((phrase) => text.includes(phrase));
}

/** The sub-row metric a refusal reason names (不予公开…国家秘密), or null. */
export function reasonMetric(text: string): string | null {
  return reasons.find(([phrase]) => text.includes(phrase))?.[1] ?? null;
}

/**
 * The intent of the group a refusal reason belongs to (另行制作 → 无法提供), for a question that
 * names the reason without any measure of its own (需要另行制作的有几件); null when none does.
 */
export function reasonIntent(text: string): MetricIntent | null {
  const group = reasonMetric(text)?.split(".")[1];
  return group ? (byId.get(`applications.${group}`) ?? null) : null;
}

/** The applicant column a question names (自然人 → natural_person), or null. */
export function applicantColumn(text: string): string | null {
  return columns.find(([phrase]) => text.includes(phrase))?.[1] ?? null;
}

/** The reconsideration or litigation outcome a question names (被纠正 → corrected), or null. */
export function reviewOutcome(text: string): string | null {
  return outcomes.find(([phrase]) => text.includes(phrase))?.[1] ?? null;
}

/** The 第二十条 column other than the decisions a question names (本年增减 → change), or null. */
export function art20Column(text: string): string | null {
  return art20Columns.find(([phrase]) => text.includes(phrase))?.[1] ?? null;
}

/**
 * The columns of a 第二十条 row of documents (规章, 规范性文件) the verb of a question names, in the
 * order tried (废止了几件 → repealed; 制发 → issued, else the 2019 template's made), or null.
 */
export function art20DocumentColumns(text: string): string[] | null {
  return documentColumns.find(([phrase]) => text.includes(phrase))?.[1] ?? null;
}

/** The channel of disclosure a question names (微信公众号发布了多少条 → 微信), or null. */
export function askedChannel(text: string): string | null {
  return channels.find((c) => text.includes(c)) ?? null;
}

// A site by any of its names: 网站, 官网, and 政务网/政府网/门户网 written without 站.
const SITE = /网站|官网|(?:政务|政府|门户)网/u;

/**
 * Every channel of disclosure `text` names (微博, 微信 of a list of channels), each once: 微信公众号 is
 * one channel (微信), and 新媒体 is what the others are when they are named with it. `withSites`
 * counts a website as a channel too.
 */
export function channelsNamed(text: string, withSites = false): string[] {
  // A 公众号 is a WeChat account; 网站 (门户网站, 官网, 县政务网) is one channel more where the question's words are weighed.
  const all = withSites && SITE.test(text) ? [...channels, "网站"] : channels;
  const named = [...new Set(all.filter((c) => c === "网站" || text.includes(c)).map((c) => (c === "公众号" ? "微信" : c)))];
  // 新媒体 beside a website is a channel of its own (通过政府网站、政务新媒体等平台).
  return named.some((c) => c !== "新媒体" && c !== "网站") ? named.filter((c) => c !== "新媒体") : named;
}

/**
 * Units a question's measure word accepts (多少人次 → 人次; 几宗 → 宗), or null when it names none;
 * 第几次, 第几批 ask which one, not how many.
 */
export function measureUnits(text: string): string[] | null {
  for (const [word, units] of measures) {
    // 多少万条 asks 条 counted in ten thousands.
    if (new RegExp(`(多少|(?<![第哪])几|若干)(?:万|亿)?${word}`).test(text)) return units;
  }
  // 占比多少, 所占比例: a share is stated in percent (h11-149), unless a change is asked (增长了百分之几).
  if (SHARE.test(text) && !asksChange(text)) return ["%"];
  // 罚款多少, 金额是多少: a sum of money is asked, in whatever multiple of 元 the report counts it.
  return MONEY_ASKED.test(text) ? ["元", "万元", "亿元"] : null;
}

const MONEY_ASKED = /(?:罚款|罚没|金额|资金|经费|费用|多少钱)(?:是|为|共|一共|总共|总计|合计|达|有)?(?:多少|几)(?![件条次个项人])/u;

const SHARE = /占比|占[^，。？]{0,8}比例|所占比|比例(?:是|为)?(?:多少|几)|占[^，。？]{0,8}百分之(?:几|多少)/u;

/** True when the question asks for a change on the year before (比上年增加了多少件, 同比增长多少). */
export function asksChange(text: string): boolean {
  return table.changePhrases.some((p) => text.includes(p));
}

/** True when the question asks for the reports held (龙港区有哪些年报). */
export function asksListing(text: string): boolean {
  return table.listingPhrases.some((p) => text.includes(p));
}

// What a listing question may write beside its phrase (临泽县哪些单位发布了年报, 有哪些单位的报告).
const LISTING_FILLER = /有|的|都|了|共|一共|收录|发布|公开|公布|年度|年报|报告|工作|政府信息|信息|政务/gu;
// Content words left beyond that ask something of a report (报送给哪些单位, 公开了哪些部门的预算).
const MIN_CONTENT_CHARS = 3;

/**
 * True when `text` asks for the reports held and `query` (its asking part, agency and question
 * words taken out) asks nothing else: 天津人社局政策文件报送给哪些单位 asks a fact of the report.
 */
export function asksListingAlone(text: string, query: string): boolean {
  const phrase = table.listingPhrases.find((p) => text.includes(p));
  if (phrase === undefined) return false;
  const noun = phrase.replace(/^有?(?:哪些|什么|几份|收录了哪些)/u, "").replace(/列表$/u, "");
  const left = (noun ? query.split(noun).join("") : query).replace(LISTING_FILLER, "").replace(/\s+/gu, "");
  return left.length < MIN_CONTENT_CHARS;
}

/**
 * A group of departments a government report may count as one (市政府各部门, 省政府部门, 市直各部门); not a
 * channel named after them (在政府部门网站发布…).
 */
export const GROUP_OF_DEPARTMENTS = /[省市县区乡镇]?(?:政府|本级|直)各?部门(?!网|门户|平台|微信|微博|公众号)/gu;

/** True when the government named at `end` of `text` goes on to name its departments (政府各部门, 政府部门), not itself. */
export function departmentsFollow(text: string, end: number): boolean {
  return text.startsWith("各", end) || text.startsWith("部门", end);
}

// 卫健局和教育局谁公开得多: a comparison of the agencies a question names is a ranking of them;
// 哪个单位主动公开最多 asks for the top of one.
const COMPARISON = /谁[^，,。？?]{0,12}(?:多|少|高|低)|哪(?:个|一个|些|家)(?:单位|部门|机构|乡镇|镇|乡|街道)[^，,。？?]{0,12}最(?:多|少|高|低)/u;

/** True when the question asks for a ranking across agencies (各部门…排名) or compares them (谁…多). */
export function asksRanking(text: string): boolean {
  // 市政府各部门 names one group a report counts as a whole (其中市政府各部门主动公开…条), not each department.
  const asked = text.replace(GROUP_OF_DEPARTMENTS, "");
  return table.rankingPhrases.some((p) => asked.includes(p)) || COMPARISON.test(asked);
}

/** Question words, stripped before passage search. */
export const QUESTION_WORDS: readonly string[] = table.questionWords;
