/**
 * Page furniture that is not part of a report: breadcrumbs, share widgets, prev/next links,
 * editor and copyright lines, image placeholders, mirror-site disclaimers. Such lines are removed
 * from matching and never become passages.
 */
import { BARE_DATE } from "./report-metadata.ts";

// Breadcrumbs and widgets open the line; the rest may be anything.
const DEBRIS_START = /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|首页\s*[>》]|分享到|分享至|扫一扫|上一篇|下一篇|责任编辑|编辑[:：]|打印本页|关闭窗口|【?\s*打印|【?\s*关闭|字体[:：]?\s*[【\[]?\s*大|【\s*字体|<图片|\[图片|图片\s*$|相关阅读|相关文章|推荐阅读|热门文章|猜你喜欢|返回顶部|网站地图|主办单位|承办单位|技术支持|联系我们|ICP备|京ICP|网站标识码|版权所有)/;
// Phrases that mark a line as furniture wherever they stand, on a short line.
const DEBRIS_ANYWHERE = /(?:版权声明|我要投稿|不代表本站观点|本站观点|来源于网友上传|咨询客服|微信扫一扫|扫一扫手机|手机打开当前页|关闭窗口|打印本页|浏览次数|阅读次数|点击数[:：]|访问次数[:：]|加入收藏|设为首页|上一篇[:：].*下一篇|视力保护色|【\s*(?:大|中|小)\s*】)/;
// A line of nothing but separators (a table border flattened into pipes).
const EMPTY_CELLS = /^[\s|｜:：>»\-—]*$/;

const LONE_DASH = /^[-—–－]{1,2}$/;

// A header line dating the report (发布时间：2021-01-29 … 浏览次数：1325, or the date alone before the
// page's fields) is kept for its date.
const DATED_FIELD = /(?:发布|成文|公开|生成|发文)?(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}\s*[-/.年]/;

/** True when `line` (trimmed, normalized) is page furniture rather than report text. */
export function isDebrisLine(line: string): boolean {
  const t = line.trim();
  // A lone dash is an empty cell of a table laid out one cell per line: it keeps the cells after it in their columns.
  if (LONE_DASH.test(t)) return false;
  // So is a lone "|" where each cell is a line closed by "|" (h012-02, h012-03: `18 |` then blank cells).
  if (t === "|") return false;
  if (t === "" || EMPTY_CELLS.test(t)) return t !== "";
  if (DEBRIS_START.test(t)) return true;
  return t.length <= 120 && DEBRIS_ANYWHERE.test(t) && !DATED_FIELD.test(t) && !BARE_DATE.test(t);
}
