/**
 * Changes on the year before stated right after a figure (`受理申请2.86万件，比上年增加3147件，增长
 * 12.4%`, `访问量1.32亿人次，同比增长18.6%`): what they count is the change of that figure, so they
 * are named after it, and they are never a total that parts break down.
 */

// The whole clause before the number is the change: a comparison with the year before, then its direction.
const CHANGE_CLAUSE = /^(?:比上一?年度?|较上一?年度?|比去年|较去年|同比|环比)?(?:增加|增长|减少|下降|上升|提高|降低|多|少)了?$/u;

/** True when `clause` (the text between the last clause boundary and a number) states a change on the year before. */
export function isYearOnYearClause(clause: string): boolean {
  return CHANGE_CLAUSE.test(clause.trim());
}
