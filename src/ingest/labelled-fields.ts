/**
 * Reading labelled fields from a page header, written inline (`索引号:000472016/2011-01042`) or
 * as a flattened table whose header row names the fields and whose next row holds the values
 * (`索引号 | 公开方式 | 发布机构` / `1162…/2022-08111 | 主动公开 | 凉州区科学技术局`).
 */
import { headerLabelPattern } from "../text/header-fields.ts";
import type { TextLine } from "./text-lines.ts";

// The labels a page header sets in its cells: a row of them is a header row, its values below.
const LABEL_CELL = new RegExp(
  `^(?:${headerLabelPattern(["index", "publisher", "source", "posted", "created", "updated", "document", "filing"], true)})[:：]?$`,
  "u",
);

// The label of the next field, run on with no blank after a value (来源:X发布时间:2025-01-21): where the value ends.
const NEXT_LABEL = new RegExp(`(?:${headerLabelPattern(["posted", "updated", "counter", "page"])})[:：]?.*$`, "u");

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
    // A label alone on its line (索 引 号:, • 索引号), its value on the next (005692130/2018-00013).
    const below = lines[i + 1]?.text.trim();
    if (line.replace(label, "").replace(/[\s:：|•·・●]/gu, "") === "" && below && !LABEL_CELL.test(below) && !label.test(below)) return below;
  }
  return null;
}
