/**
 * Changes on the year before stated right after a figure (`受理申请2.86万件，比上年增加3147件，增长
 * 12.4%`, `访问量1.32亿人次，同比增长18.6%`): what they count is the change of that figure, so they
 * are named after it, and they are never a total that parts break down.
 */

// The whole clause before the number is the change: a comparison with the year before (named or
// by its number, 较2021年), then its direction; opening a bracket (申请4件(较2021年减少3件)) or not,
// in either script.
const CHANGE_CLAUSE = /^[(（]?(?:[比较較](?:上一?年度?|去年|\d{4}年度?)|同比|[环環]比)?(?:增加|增[长長]|[减減]少|下降|上升|提高|降低|多|少)了?$/u;

/** True when `clause` (the text between the last clause boundary and a number) states a change on the year before. */
export function isYearOnYearClause(clause: string): boolean {
  return CHANGE_CLAUSE.test(clause.trim());
}
