/**
 * The kind of information a question asks the disclosures of (惠农补贴 of 惠农补贴信息公开了多少条):
 * the words written right before 信息, when they name a kind rather than the whole (政府信息) or a
 * way of disclosing (通过网站公开信息).
 */

// Words before 信息 that name all of it: 政府信息, 政务信息, 各类信息, 主动公开的信息.
const WHOLE = /(?:政府|政务|各类|全部|所有|相关|的|了)+$/u;
// A verb, a measure or a question word before 信息 leaves no kind in front of it (公开信息, 多少条信息).
const NO_KIND = /(?:公开|发布|更新|推送|多少|哪些|什么|其中|主动|共|年|条|些|通过|经)$/u;
// What the question says before the kind: 主动公开惠农补贴 names 惠农补贴, 其中林权改革 names 林权改革,
// 公开了多少条惠农补贴 names 惠农补贴.
const LEAD = /^.*(?:公开|发布|更新|推送|其中|多少|几|条|了|的)/u;
const KIND = /(\p{Script=Han}{2,})$/u;

// 信息公开网, 信息公开栏: the 信息 of a venue's name is no information of a kind (惠农补贴信息公开了 is).
const INFORMATION = /信息(?!公开(?:网|栏|专栏|平台|目录|指南|工作|办|年报|年度))/u;

/** The kind of information `query` names before its first 信息 (other than that of 信息公开), or null. */
export function askedKind(query: string): string | null {
  const at = query.search(INFORMATION);
  if (at < 0) return null;
  const before = query.slice(0, at).replace(WHOLE, "");
  if (before === "" || NO_KIND.test(before)) return null;
  const kind = before.replace(LEAD, "").match(KIND)?.[1] ?? "";
  return kind.length >= 2 ? kind : null;
}
