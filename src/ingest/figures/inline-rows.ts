/**
 * Where the template's table rows begin inside a line that lost its breaks (see `lost-breaks.ts`):
 * the 第二十条 header (`第二十条第（五）项`) and its column headers (`本年处理决定数量`), the numbered rows of the applications table (`一、本年新收…`,
 * `四、结转下年度…`), and a 第二十条 row label directly followed by its numbers (`行政许可2293`,
 * `规章 000`). A label followed by a count and its measure word (`行政许可2293件`) is prose, no row.
 */
import { COUNTING_UNITS } from "../../text/measure-words.ts";

const ART20_HEAD = /第二十条第\s*[(（]/gu;
// The 第二十条 tables' column headers, each a cell of the header row.
const ART20_COLUMN = /本年(?:度)?(?:新?制发|废止)件数|现行有效件数|本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/减|(?:本年)?处理决定数量|本年收费金额|采购项目数量|采购总金额/gu;
const APPLICATION_ROW = /[一二三四]\s*、\s*(?:本年新收|上年结转|本年度办理结果|结转下年度)/gu;
const ART20_ROW = /(?:行政)?规范性文件|规章|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购/gu;
// The numbers after a row label, and what follows them: a measure word makes them a count in prose,
// while a money unit is the amount column's (政府集中采购13 575 394 432.52元).
const ROW_NUMBERS = new RegExp(`^\\s?\\d[\\d.\\s]*(?!\\d)(?:万?元|(${COUNTING_UNITS}|万|亿|%|年|月|日))?`, "u");

/** Offsets in `text` where a template table row or table header begins. */
export function inlineRowStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(ART20_HEAD)) starts.push(m.index);
  for (const m of text.matchAll(ART20_COLUMN)) starts.push(m.index);
  for (const m of text.matchAll(APPLICATION_ROW)) starts.push(m.index);
  for (const m of text.matchAll(ART20_ROW)) {
    const after = ROW_NUMBERS.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (after && after[1] === undefined) starts.push(m.index);
  }
  return starts;
}
