/**
 * Reading labelled fields from a page header, written inline (`索引号:000472016/2011-01042`) or
 * as a flattened table whose header row names the fields and whose next row holds the values
 * (`索引号 | 公开方式 | 发布机构` / `1162…/2022-08111 | 主动公开 | 凉州区科学技术局`).
 */
import type { TextLine } from "./text-lines.ts";

/** The value of the first field named by `label` in `lines`, or null. */
export function fieldValue(lines: readonly TextLine[], label: RegExp): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (!label.test(line)) continue;
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length > 1) {
      // A header cell names its column bare (索引号); a cell with a colon (索引号：) is followed by its value.
      const col = cells.findIndex((c) => label.test(c) && c.replace(label, "").replace(/\s/g, "") === "");
      const next = lines[i + 1]?.text.split("|").map((c) => c.trim());
      if (col >= 0 && next && next.length > col && next[col]) return next[col]!;
    }
    // A header table flattened with its label and value in neighbouring cells: 索引号： | 1162….
    const inline = new RegExp(`(?:${label.source})\\s*[:：][\\s|]*([^\\s|]+)`).exec(line);
    if (inline?.[1]) return inline[1];
  }
  return null;
}
