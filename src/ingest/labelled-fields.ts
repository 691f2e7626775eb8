/**
 * Reading labelled fields from a page header, written inline (`索引号:000472016/2011-01042`) or
 * as a flattened table whose header row names the fields and whose next row holds the values
 * (`索引号 | 公开方式 | 发布机构` / `1162…/2022-08111 | 主动公开 | 凉州区科学技术局`).
 */
import type { TextLine } from "./text-lines.ts";

// The labels a page header sets in its cells: a row of them is a header row, its values below.
const LABEL_CELL = /^(?:索\s*引\s*号|公开(?:方式|分类|范围|形式|时限|日期)|发布(?:机构|单位|日期|时间)|主题(?:分类|词)|体裁分类|文\s*号|发文(?:机关|字号|日期|单位)|成文日期|生成日期|有效性|名\s*称|标\s*题|信息来源|关键词|所属机构|组配分类|信息分类)[:：]?$/u;

// The label of the next field, run on with no blank after a value (来源:X发布时间:2025-01-21): where the value ends.
const NEXT_LABEL = /(?:发布(?:时间|日期)|更新(?:时间|日期)|访问量|浏览(?:次数|量)|点击(?:数|量|率)|阅读(?:数|量)|字体|作者)[:：]?.*$/u;

/** The value of the first field named by `label` in `lines`, or null. */
export function fieldValue(lines: readonly TextLine[], label: RegExp): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (!label.test(line)) continue;
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length > 1) {
      // A header cell names its column bare (索引号); a cell with a colon (索引号：) is followed by its value.
      const col = cells.findIndex((c) => label.test(c) && c.replace(label, "").replace(/\s/g, "") === "");
      // A row of labels and values side by side (发布单位 | 嘉兴科技城(大桥镇) | 发布日期 | …): the cell after the label.
      const beside = col >= 0 ? cells[col + 1] : undefined;
      if (beside && !LABEL_CELL.test(beside)) return beside;
      const next = lines[i + 1]?.text.split("|").map((c) => c.trim());
      if (col >= 0 && next && next.length > col && next[col]) return next[col]!;
    }
    // A header table flattened with its label and value in neighbouring cells: 索引号： | 1162….
    const inline = new RegExp(`(?:${label.source})\\s*[:：][\\s|]*([^\\s|]+)`).exec(line);
    const value = inline?.[1]?.replace(NEXT_LABEL, "");
    if (value) return value;
  }
  return null;
}
