/**
 * Injected advertising in mirrored pages: betting and casino brands, "official authorised site"
 * slogans and ad URLs, spliced into titles and sentences. Found by what such strings are made of,
 * so any brand is caught, not only the ones seen before.
 */
import type { Span } from "./span.ts";

// Tokens only advertising uses: a betting brand (365bet, bet365, 188bet), a gambling word, or an
// ad slogan. Government reports never contain these.
const SPAM_WORDS = [
  "\\d+bet\\d*", "bet\\d+", "beat\\d+", "sbobet", "betway", "casino", "poker", "bwin",
  "网投", "\\d{3}体育(?:[\\u4e00-\\u9fff]{0,6}?官网)?", "体育投注", "体育直播", "(?:西甲|英超|意甲|德甲|法甲|欧冠|中超|NBA|足球|篮球)直播", "体育在线", "体育娱乐", "体育_", "足球投注", "网上投注", "投注网", "在线¥?投注", "娱乐在线",
  "官方授权网站", "官方授权", "官网直营", "信誉平台", "娱乐城", "娱乐场", "真人娱乐", "真人视讯", "在线娱乐",
  "博彩", "赌场", "赌博网", "百家乐", "时时彩", "六合彩", "老虎机", "电子游艺", "棋牌游戏", "彩票网",
  "(?:英国)?威廉希尔(?:公司|中国)?", "立博官网", "新?葡京", "威尼斯人", "金沙娱乐", "澳门金沙", "澳门银河", "澳门彩票", "注册送", "开户送", "首存", "返水", "\\d*官方入口", "(?:app|APP)下载", "mobile\\d+", "\\d*提款一直在处理中",
].join("|");
const SPAM_TOKEN = new RegExp(SPAM_WORDS, "gi");
const HAS_SPAM_TOKEN = new RegExp(SPAM_WORDS, "i");
// An ad address: a bare domain or URL whose host is not a government one.
const AD_URL = /(?:https?:\/\/|www\.)?[0-9a-z][0-9a-z-]*(?:\.[0-9a-z-]+)*\.(?:com|net|cc|vip|top|xyz|app|me|tv|co)(?:\/[^\s，。,]*)?/gi;
// What may stand between two ad tokens of one ad string: glue characters and a short brand word
// the token list does not know (bet365娱乐城_澳门葡京, beat365最新版2022_365bet), but no sentence punctuation.
const GLUE = /^[^,，。;；!！?？《》"“”\n]{0,8}$/;
// Brand words glued before a generic ad word: 皇冠体育投注, 手机彩票网.
const BRAND_BEFORE = /[\u4e00-\u9fff]{1,2}$/;
const BRACKET_PAIRS: Record<string, string> = { "【": "】", "[": "]", "(": ")", "（": "）" };

/** True when spam covers most of `line`: what is left of it is ad debris too. */
export function isMostlySpam(line: string, spans: readonly Span[], lineStart: number): boolean {
  let covered = 0;
  for (const s of spans) covered += Math.max(0, Math.min(s.end, lineStart + line.length) - Math.max(s.start, lineStart));
  return covered > 0 && covered * 5 >= line.replace(/\s/g, "").length * 3;
}

/** Spans of `text` that are injected advertising, merged where only glue separates them. */
export function findSpamSpans(text: string): Span[] {
  const hits: Span[] = [];
  for (const m of text.matchAll(SPAM_TOKEN)) {
    const brand = /^(?:体育|娱乐|真人|在线|彩票)/.test(m[0]) ? BRAND_BEFORE.exec(text.slice(Math.max(0, m.index - 2), m.index)) : null;
    hits.push({ start: m.index - (brand?.[0].length ?? 0), end: m.index + m[0].length });
  }
  for (const m of text.matchAll(AD_URL)) {
    // The host of an e-mail address (lxslj@163.com) is part of the address, never an ad.
    if (text[m.index - 1] === "@" && !HAS_SPAM_TOKEN.test(m[0])) continue;
    if (!/gov\.cn|\.gov\b|\.org\.cn/i.test(m[0]) && (/\d{3,}/.test(m[0]) || HAS_SPAM_TOKEN.test(m[0]))) {
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const h of hits) {
    const last = merged.at(-1);
    if (last && (h.start <= last.end || GLUE.test(text.slice(last.end, h.start)))) last.end = Math.max(last.end, h.end);
    else merged.push({ ...h });
  }
  return merged.map((s) => closeBrackets(text, withAdTail(text, s)));
}

// An ad string ends on the word inviting a visit (…投注官网, …娱乐平台): a place or body after it
// is the page's own text again.
const AD_TAIL = /^(?:官方网站|官网|网址|平台|中文网|app|APP)/;

function withAdTail(text: string, span: Span): Span {
  let end = span.end;
  // …官网中文网: one ad word may follow another.
  for (let tail = AD_TAIL.exec(text.slice(end, end + 4)); tail; tail = AD_TAIL.exec(text.slice(end, end + 4))) end += tail[0].length;
  return { start: span.start, end };
}

// Takes in brackets the ad opened or closed, so no lone 【 or 】 is left behind.
function closeBrackets(text: string, span: Span): Span {
  let { start, end } = span;
  for (const [open, close] of Object.entries(BRACKET_PAIRS)) {
    const inside = text.slice(start, end);
    const unclosed = inside.split(open).length - inside.split(close).length;
    if (unclosed > 0 && text[end] === close) end++;
    else if (unclosed < 0 && text[start - 1] === open) start--;
    else if (unclosed === 0 && text[start - 1] === open && text[end] === close) {
      start--;
      end++;
    }
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
