/** Mapping a section heading, in any of its wordings, to its canonical kind. */
import type { SectionKind } from "../domain/report.ts";

const RULES: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ["review_litigation", /复议|诉讼/],
  ["fees", /收费|减免/],
  ["problems", /问题|改进|不足|整改|困难|差距/],
  ["other", /其[他它](?:需要|应当)?(?:报告|说明)|其[他它]事项/],
  ["applications", /依申请|申请公开|公开申请|申请情况|申请的情况|申请处理|受理/],
  ["overview", /概述|概况|总体|综述|引言|基本情况|工作情况|主要(?:成绩|做法|工作)|具体(?:做法|作法)/],
  ["proactive", /主动公开|公开政府信息|政府信息公开情况|信息公开的?情况|公开的?内容/],
];

/** The kind a heading names, or null when its wording is not one of the known variants. */
export function sectionKind(heading: string): SectionKind | null {
  const h = heading.replace(/\s+/g, "");
  for (const [kind, re] of RULES) if (re.test(h)) return kind;
  return null;
}
