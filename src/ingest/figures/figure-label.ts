/**
 * Narrowing the text before a number to the noun phrase it counts: `2012年度政府门户网站信息访问量为`
 * → `政府门户网站信息访问量`, `今年共受理群众政策咨询案件` → `群众政策咨询案件`. Works on spans of the
 * normalized text so the label can be quoted from the original.
 */
import { originalSlice, PINYIN_ANNOTATION } from "../../text/normalized-text.ts";
import type { NormalizedText } from "../../text/normalized-text.ts";

const LEADING: RegExp[] = [
  /^[\s、,:"'·]+/u,
  // List numbering, also when a year follows it straight away (2.2023年共承办…).
  /^(?:\d+|[一二三四五六七八九十]+)(?:、|\.(?!\d)|\.(?=(?:19|20)\d{2}年))/u,
  // A service number names a hotline or platform, it counts nothing (12333热线, 12315平台), also
  // after the 通过 that names the channel (通过12315平台受理…).
  /^\d{5,}(?=[\u4e00-\u9fff])/u,
  /^通过(?=\d{5,}[\u4e00-\u9fff])/u,
  // A list of channels with a service number in it (通过投诉办、12345热线转办和院长信箱受理…)
  // names where a count came from; what is counted follows its verb.
  /^通过[^,;。]{0,30}?\d{5,}[^,;。]{0,30}?(?=受理|接到|收到|接听|办理|处理)/u,
  /^\((?:\d+|[一二三四五六七八九十]+)\)/u,
  // An opening parenthesis that numbers nothing opens a list of parts: 16642条(概况类194条、… (h5-180).
  /^\((?!(?:\d+|[一二三四五六七八九十]+)\))/u,
  /^[一二三四五六七八九十]是/u,
  /^(?:其中|包括|具体为|具体是)/u,
  // The last item of a list joined by 和 (…20580条和其他媒体平台发布宣传信息145条).
  /^(?:以及|和|及)(?=其他|其它|其余)/u,
  /^(?:截至|截止|到)?\d{4}年(?:度)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|以来|止|期间|内|上半年|下半年)?/u,
  /^(?:截至|截止|到)?\d{1,2}月(?:\d{1,2}日)?(?:底|末|止)?/u,
  // 上年结转 (or 上年度结转) is a term of its own (applications carried over), not a time before a count.
  /^(?:今年|本年度|本年|全年|当年|去年(?!度?结转)|上年(?!度?结转)|年内|目前|截至目前|到目前为止|一年来|年初以来)/u,
  /^(?:我|本|全)(?:局|委|办|镇|乡|区|县|市|厅|单位|机关|部门|们|院|署|站|中心|系统)/u,
  /^[\u4e00-\u9fff]{1,12}?(?:局|委|政府|办公室)(?=共|累计|已|先后|全年|总共)/u,
  /^(?:共计|共|累计|总共|合计|一共|已经|已|先后|还|另外|另|并|又|均|再)/u,
  /^(?:受理|举行|接受|接待|收取|收到|接收到|接收|接到|办理|开展|组织|接听|处理|举办|召开|发布了|发布|完成|参加|解答|答复|播出|印发|编制|制定|出台|设置|开设)/u,
];


// 为 ends 行为, 作为, 认为 and 成为 as part of the word.
// …and an aside in brackets saying what the count takes in (累计发布各类信息(包括:天气预报、预警信号)共1631条).
const TRAILING = /(?:[\s:,"'、]|(?<![行作认成])为|达到|达|是|有|共计|合计|总计|累计|共|计|约|近|逾|超过|了|等|[(（](?:包括|包含|含|其中|即|主要|如)[^()（）]*[)）])$/u;
const VERB_ONLY = LEADING[LEADING.length - 1]!;

/** The original text of a normalized span, without pinyin annotations: a label as written. */
export function writtenText(norm: NormalizedText, start: number, end: number): string {
  // A label is one phrase: a line break inside it is a hard wrap of the page (政府信 / 息公开…).
  return originalSlice(norm, start, end).replace(PINYIN_ANNOTATION, "").replace(/(?<=\p{Script=Han})\s*\n\s*(?=\p{Script=Han})/gu, "");
}

/** Longest label kept; longer ones keep their end, where the counted thing is named. */
const MAX_LABEL = 40;

/** The label span inside `text[start, end)`; `start === end` when nothing meaningful is left. */
export function labelSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (let changed = true; changed && s < e; ) {
    changed = false;
    const t = text.slice(s, e);
    for (const re of LEADING) {
      if (re === VERB_ONLY) {
        // A bare verb (招考, 受理) is the label itself when nothing follows it, and stays with a
        // bare noun after it (发布信息, not 信息).
        const m = re.exec(t);
        if (m && t.length - m[0].length > 2) {
          s += m[0].length;
          changed = true;
          break;
        }
        continue;
      }
      const m = re.exec(t);
      if (m && m[0].length > 0) {
        s += m[0].length;
        changed = true;
        break;
      }
    }
  }
  for (let m = TRAILING.exec(text.slice(s, e)); m && e > s; m = TRAILING.exec(text.slice(s, e))) {
    e -= m[0].length;
  }
  if (e - s > MAX_LABEL) s = e - MAX_LABEL;
  return { start: s, end: e };
}
