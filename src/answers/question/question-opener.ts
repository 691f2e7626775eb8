/**
 * The polite opening of a question (请问, 我想问一下, 你好，), the 那 of a follow-up (那番禺政数局呢) or a
 * preposition (对北部湾办年报有疑问, but not the 对 of
 * 对外贸易经济合作局): words before the agency or place it names, which are no part of that name.
 */
const OPENER = /^\s*(?:(?:你好|您好)[，,！!\s]*)?(?:请问一下|请问|我想问一下|我想问|想问一下|想问|我想知道|想知道|帮我查一下|帮我查|查一下|查询)?[，,:：\s]*(?:(?:那么|那)(?![些个里边])[，,\s]*)?(?:关于|对于|对(?![外口台]))?/u;

/** The length of `text`'s opening (0 when it has none). */
export function openerLength(text: string): number {
  return OPENER.exec(text)?.[0].length ?? 0;
}
