/**
 * The kind of information a question asks the disclosures of (惠农补贴 of 惠农补贴信息公开了多少条):
 * a kind it names with 类 (信息公开类), else the words written right before 信息, when they name a kind rather than the whole (政府信息) or a
 * way of disclosing (通过网站公开信息).
 */

// Words before 信息 that name all of it: 政府信息, 政务信息, 各类信息, 主动公开的信息.
const WHOLE = /(?:政府|政务|各类|全部|所有|相关|的|了)+$/u;
// A verb, a measure or a question word before 信息 leaves no kind in front of it (公开信息, 多少条信息,
// 哪类信息; a kind named with 类 is read before).
const NO_KIND = /(?:公开|发布|更新|推送|多少|哪些|什么|其中|主动|共|年|条|些|通过|经|类)$/u;
// What the question says before the kind: 主动公开惠农补贴 names 惠农补贴, 其中林权改革 names 林权改革,
// 公开了多少条惠农补贴 names 惠农补贴.
const LEAD = /^.*(?:公开|发布|更新|推送|其中|多少|几|条|了|的)/u;
const KIND = /(\p{Script=Han}{2,})$/u;
const EVERY_KIND = /^(?:各类|各种|各项|所有|全部)/u;

// 信息公开网, 信息公开栏: the 信息 of a venue's name is no information of a kind (惠农补贴信息公开了 is).
const INFORMATION = /信息(?!公开(?:网|栏|专栏|平台|目录|指南|工作|办|年报|年度))/u;

// What a question says before a kind named with 类 (主动公开的, 2023年, 多少条); a verb may be the kind's own (信息公开类).
const CLASSED_LEAD = /^.*(?:的|了|年|条|多少|几|其中)|^(?:主动)?(?:公开|发布|更新|推送)/u;
// A kind named with 类 right after it (业务类, 信息公开类), not a kind asked of (哪类, 各类).
const CLASSED = /(?<![哪各几每])(\p{Script=Han}{2,8}?)(?<![哪各几每])类(?!别|型|似)/u;

/** The kind of information `query` names before its first 信息 (other than that of 信息公开), or null. */
export function askedKind(query: string): string | null {
  // 信息公开类发布多少条: a kind named with 类 is that kind, whatever it holds.
  const classed = CLASSED.exec(query)?.[1]?.replace(CLASSED_LEAD, "");
  if (classed && classed.length >= 2 && !WHOLE.test(classed)) return classed;
  const at = query.search(INFORMATION);
  if (at < 0) return null;
  const before = query.slice(0, at).replace(WHOLE, "");
  if (before === "" || NO_KIND.test(before)) return null;
  // 各类交通运输信息: every kind of the field's information, named by the field.
  const kind = (before.replace(LEAD, "").match(KIND)?.[1] ?? "").replace(EVERY_KIND, "");
  return kind.length >= 2 ? kind : null;
}
