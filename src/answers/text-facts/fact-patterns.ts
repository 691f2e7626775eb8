/**
 * What the answer to each type looks like in a report's text: a phone number, an e-mail address,
 * a street address, a date, a document number (〔2019〕12号), a name in quotes, an enumeration.
 * Persons, yes/no facts and free phrases have no shape of their own and are found by words alone.
 */
import type { AnswerTypeId } from "../question/answer-type.ts";
import { headerLabelPattern } from "../../text/header-fields.ts";

const DASH = "[-—－–‐]";
// An area code with its dash or in brackets, then the number: 0731-5550123, 0731—5550123,
// (010)65194406, 07315550123, 5550123; five-digit 123xx service numbers; mobile numbers.
const PHONE = new RegExp(`(?<![\\d.])(?:0\\d{2,3}\\s*${DASH}{0,2}\\s*|[(（]0\\d{2,3}[)）]\\s*)?\\d{7,8}(?:/\\d{7,8})?(?![\\d])|(?<!\\d)1[3-9]\\d{9}(?!\\d)|(?<![\\d.])123\\d{2}(?!\\d)`, "gu");
// A mailbox named in characters (网管办@stats-hb。gov。cn) and a domain dotted with full stops, as pages print them.
// Its name is letters and digits or characters, not both: 电子邮箱361706504@qq.com is a label, then the mailbox.
const EMAIL = /(?:[A-Za-z0-9_.-]+|[\u4e00-\u9fff]+)@(?:[\w-]+(?:[.。][\w-]+)+)?/gu;
const WEB = /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.cn|com\.cn|org\.cn|com|cn|net|org)(?::\d+)?(?:\/[^\s，。,;；)）]*)?/giu;
// Six digits, which a page may space out one by one (邮编:0 4 6 0 0 0).
const POSTCODE = /(?<![\d.\-—])(?:\d{6}|\d(?: \d){5})(?![\d])/gu;
// A street number may stand without its 号 at the end of an address (光明路93): digits right after
// 路/街/巷/大道 that no unit follows.
// Whatever 地址： introduces, to the next field, is the address, whether it names a street
// (三明市新市北路沪明新村198幢) or not (北厝镇竹屿口现场指挥部); unlabelled, the street's own shape answers.
const ADDRESS = /(?<=地址\s*[:：]\s*)[^；;，,。）)\n]{4,40}|(?:路|街|巷|大道|胡同|里)[\d一二三四五六七八九十〇零\-—]+号|\d+号(?:院|楼)?|(?:路|街|巷|大道)\d+(?![\d.．号条个件次项户人名篇期场年月日天米%％])|大厦|大楼|办公楼|\d+室/gu;
// A date in digits (2010年1月19日, 2010-01-19) or, as a notice's closing date, in Chinese numerals (二〇一〇年一月十九日).
// A copy that lost its 年 and 月 runs a date's digits together before 日 (20211230日, 202111日).
const DATE = /(?<!\d)(?:19|20)\d{2}(?:1[0-2]|0?[1-9])(?:3[01]|[12]\d|0?[1-9])日|(?:19|20)\d{2}\s*(?:年|[.\-/])\s*\d{1,2}\s*(?:月|[.\-/])\s*\d{1,2}\s*日?|(?:一九|二[〇零○])[一二三四五六七八九〇零○]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|(?<![\d.])\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}\s+\d{1,2}\s+\d{1,2}\s*日/gu;
// A document's number (〔2019〕12号), or an order's (国务院令第492号, 市政府令291号, 国务院492号令).
const DOC_NUMBER = /[〔\[［（(【]\s*(?:19|20)\d{2}\s*[〕\]］）)】]\s*(?:第\s*)?\d+\s*[号號]|(?<=令\s*)第?\s*\d+\s*[号號]|(?<=[\p{Script=Han}])第?\s*\d+\s*[号號]令/gu;
// Which one of a series: 第十五届, 第3次, 第二批, an article of a law (第五十条; checked on g019-04, g004-08);
// a rank may go without its counter (测评中排名第十).
// A year an event is dated by (于2001年成立, 公布了2012年财政预算执行情况).
const EVENT_YEAR = /(?:19|20)\d{2}(?=\s*年)/gu;
const ORDINAL = /第[\d一二三四五六七八九十百零〇两]+(?:届|次|名|位|批|期|轮|季|条)|(?<=(?:排名|排行|排在|排|位列|名列|位居|居)(?:全[国省市区县])?)第[\d一二三四五六七八九十百零〇]+/gu;
// A page's index number: a code of letters and digits joined by / or - (002482285/2023-00209,
// QZ10107-2500-2019-00002); a date has the same form, so only one after its label answers (g022-05, g016-09).
const INDEX_NUMBER = /(?<![A-Za-z0-9/-])[A-Za-z0-9]{2,}(?:[/-][A-Za-z0-9]+){1,5}(?![A-Za-z0-9/-])/gu;
// How many parts a report has: 七个部分, 八部分, 六大部分 (g005-02, g008-07, g012-01, g010-05).
// A report's parts, or its 方面 where it lists them (…改进情况等六个方面, …以及附件7个方面组成).
const PARTS = /[\d一二三四五六七八九十]+\s*(?:个|大)?部分|(?<=等|由|包括|分为)\s*[\d一二三四五六七八九十]+\s*(?:个|大)?方面|[\d一二三四五六七八九十]+\s*(?:个|大)?方面(?=组成|构成)/gu;
// How many steps a procedure has: 十个流程, 5个环节, 三道程序 (h5-012).
const STEPS = /[\d一二三四五六七八九十两]+\s*(?:个|道|项)?(?:流程|环节|步骤|程序)/gu;
// How often something is done: 每半个月, 每季度, 每2周, 每个工作日 (h5-168).
// 每月, 每两周, or 按月 (按月公开财政收支月度执行情况).
const FREQUENCY = /每(?:隔)?(?:[\d一二三四五六七八九十两半]+)?个?(?:年度|季度|工作日|星期|年|季|月|周|旬|天|日)|按(?:年度|季度|年|季|月|周|旬|日)(?=公开|发布|公布|更新|报送|编制)/gu;
// A document by its title (《…实施办法》), or a rule by its quoted name before its kind (“三审三校”制度);
// not the disclosure regulations every report is made under (《中华人民共和国政府信息公开条例》, 《条例》).
// Checked on g007-08, g011-03, a2008-241, h014-06, h011-09.
const DOCUMENT = /《(?!(?:中华人民共和国)?政府信息公开条例》|条例》)[^》]{2,60}》|[“"][^”"]{2,30}[”"](?=制度|办法|方案|规定|机制|细则)/gu;
// A body's former name, written 原 then the name (某市交通运输局（原某市交通委员会）), not 原则, 原来 (g023-04; h012-06, g012-02 stay phrases).
const FORMER_NAME = /(?<![\p{Script=Han}])原(?![则来因有本始先定])\p{Script=Han}{2,24}?(?:委员会|局|厅|委|办公室|办|中心|部|署|院|所|站|处|政府)(?![\p{Script=Han}])/gu;
// The short name a report gives a body (以下简称湖北总队, 简称“市局”), h11-052.
const SHORT_NAME = /(?<=简称\s*[:：]?\s*[“"「]?)[^”"」《》)），,。；;（(\s]{2,16}/gu;
// What an application asked for: the words it quotes, else the clause after 要求公开 or 申请内容为.
const REQUESTED = /[“「"][^”」"]{4,80}[”」"]|(?<=(?:要求公开|申请公开|申请内容为|申请内容是)\s*)[^,，。；;“”"]{4,60}/gu;
const NAMED = /[“「"‘][^”」"’]{2,30}[”」"’]|《[^》]{2,60}》|[\p{Script=Han}A-Za-z]{2,6}(?:网|平台|公众号|APP|App|客户端|小程序)/gu;
const ENUMERATION = /[^、，,。；;：:]{2,}、[^、，,。；;：:]{2,}/gu;
// 由…编制, or a body's own name right before 编制 (…领导小组办公室编制了本报告).
const AUTHOR = /由[^，,。；;]{2,40}?(?:编制|编写|制作|综合)|\p{Script=Han}{2,30}?(?:办公室|办公厅|委员会|政府|局|委|办|中心|司|处|科)(?=(?:负责)?(?:编制|编写)(?:了|完成)?(?:本|\d{4}|[〇零一二三四五六七八九]{4}))/gu;
// A post then a name given a duty (副主任袁某担任监督和审核工作, h8 page of a township).
const PERSON = /签发人|联系人|负责人|同志|由\p{Script=Han}{2,12}?(?:牵头|统筹|分管|主管)|(?:任|为|担任)[^，,。；;]{0,12}(?:组长|主任)|组\s*长\s*[:：由]|(?:主任|书记|局长|科长|股长|站长|所长|乡长|镇长|部长|干事|办事员)\p{Script=Han}{2,3}(?:担任|负责|承办|分管)/gu;

// An office named as the one doing or answering for something (为局机关办公室, 与…党政办公室联系, 请联系…党政综合办公室).
const OFFICE = /(?<=[为是由与向到在]|联系[:：]?)[\p{Script=Han}]{0,20}?(?:办公室|办公厅|科室|科|股|处|中心|大厅|窗口|办(?=联系))(?![理置罚长])/gu;

// The body a page's header names as the report's publisher or source (发布机构:…, 信息来源:…, 发布机构 | …, 发布机构 县府办), brackets and all.
const PUBLISHER = new RegExp(`(?<=(?:${headerLabelPattern(["publisher", "source"])})(?:\\s*[:：|](?:\\s*\\|)?\\s*|\\s+))[\\p{Script=Han}()（）]{2,30}`, "gu");

// What a body made the centre of its work: 以…民生问题为重点, 以…教育民生为主线.
const FOCUS = /以[^，,。；;]{2,40}?为(?:重点|主线|核心|抓手|载体|导向|目标|中心|突破口|切入点)/gu;

// An honour given: 被省政府办公厅评为“…先进单位”, 获国家林业局授予“…十佳网站”.
const HONOR = /(?:评为|评选为|认定为|列为|授予|命名为|确定为|荣获|获评)[^，,。；;]{2,40}/gu;

const PATTERNS: Partial<Record<AnswerTypeId, RegExp>> = {
  office: OFFICE,
  publisher: PUBLISHER,
  phone: PHONE,
  fax: PHONE,
  email: EMAIL,
  web: WEB,
  postcode: POSTCODE,
  address: ADDRESS,
  issued: DATE,
  period: DATE,
  date: DATE,
  doc_number: DOC_NUMBER,
  own_doc_number: DOC_NUMBER,
  index_number: INDEX_NUMBER,
  parts: PARTS,
  steps: STEPS,
  frequency: FREQUENCY,
  document: DOCUMENT,
  former_name: FORMER_NAME,
  short_name: SHORT_NAME,
  ordinal: ORDINAL,
  year: EVENT_YEAR,
  named: NAMED,
  focus: FOCUS,
  honor: HONOR,
  request: REQUESTED,
  list: ENUMERATION,
  person: PERSON,
  author: AUTHOR,
};

/** Contact details: they stand in a row (电话:…,传真:…,邮编:…), each after its own label. */
export const CONTACT_TYPES: ReadonlySet<AnswerTypeId> = new Set(["phone", "fax", "email", "web", "postcode", "address"]);

/** Types whose answer is nothing but its shape: a sentence without it states no such answer. */
export const SHAPED_TYPES: ReadonlySet<AnswerTypeId> = new Set(["publisher", "phone", "fax", "email", "web", "postcode", "doc_number", "own_doc_number", "index_number", "parts", "steps", "frequency", "former_name", "short_name", "ordinal", "year", "issued", "period", "date", "focus", "honor"]);

/** Types whose shape answers only right after its label: an index number looks like a date or a code elsewhere. */
export const LABEL_ONLY_TYPES: ReadonlySet<AnswerTypeId> = new Set(["index_number", "publisher"]);

/**
 * Types a report states as a label and its value (电话:…, 发布日期:…, 文号:…): there the value right
 * after its label is the answer; a name in quotes or a person is not introduced by a label.
 */
export const LABELLED_TYPES: ReadonlySet<AnswerTypeId> = new Set(["publisher", "phone", "fax", "email", "web", "postcode", "address", "issued", "period", "doc_number", "own_doc_number", "index_number"]);

export interface ShapeMatch {
  text: string;
  start: number;
  end: number;
}

/** Runs of `sentence` shaped as an answer of `type` would be (empty for shapeless types). */
export function shapeMatches(type: AnswerTypeId, sentence: string): ShapeMatch[] {
  const pattern = PATTERNS[type];
  if (!pattern) return [];
  const found = [...sentence.matchAll(pattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  return type === "named" ? found.filter((m) => !CHANNEL_ALONE.test(m.text)) : found;
}

// A kind of channel written alone (政府网, 门户网), or after the verb that uses it (鹤山镇通过政府网),
// names no account or site of its own.
const CHANNEL_ALONE = /(?:^|通过|利用|依托|借助|在|和|及|与|或)(?:微信|微博|政府|政务|门户|官方|新媒体|信息公开|政务公开|网上|服务)+(?:网|平台|公众号|APP|App|客户端|小程序)$/u;
