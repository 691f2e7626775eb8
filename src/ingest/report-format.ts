/** Which template a report follows, recognised by the column and row names only that template uses. */
import type { ReportFormat } from "../domain/report.ts";

const TEMPLATE_2021 = /本年制发件数|本年度?发件数|现行有效件数?|本年废止件数?|逾期不补正|逾期未按收费通知/;
const TEMPLATE_2019 = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量/;

/** `template2021`, `template2019`, or `narrative` when neither table appears in `text`. */
export function detectFormat(text: string): ReportFormat {
  if (TEMPLATE_2021.test(text)) return "template2021";
  if (TEMPLATE_2019.test(text)) return "template2019";
  return "narrative";
}
