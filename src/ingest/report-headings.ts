/**
 * Lines that name a report (`…政府信息公开工作年度报告`, `…信息公开工作汇报`), the report's name
 * within a page title that trails the site's (`…年度报告_政府信息公开年报_临泽县人民政府`), and the
 * numbered markers of a compilation page (`… 篇3`, `第三篇`).
 */

// 铜仁高新区2014年信息年度报告: a year's 信息年度报告 names the disclosure report too.
const REPORT_WORDS = /(?:政府信息公开|政务公开|信息公开|政务信息公开).{0,14}?(?:年度报告|年报|报告|汇报|总结|工作情况)|年度?信息年度报告/;
// A breadcrumb (您当前位置:首页 » 政务公开 » 信息公开年报) names the column, not the report.
const BREADCRUMB = /当前位置|您的位置|首页\s*[»>›]/;
const NUMERAL = "[0-9一二三四五六七八九十]+";
const PIECE_SUFFIX = new RegExp(`^(.*?)[\\s(（]*(?:篇\\s*${NUMERAL}|第${NUMERAL}篇)[)）]?$`);
const PIECE_PREFIX = new RegExp(`^(?:第${NUMERAL}篇|篇${NUMERAL})(?:[:：\\s]+(.*))?$`);

/** True when `line` reads as the title of a report: short, naming the disclosure report, no sentence end. */
export function isReportTitleLine(line: string): boolean {
  if (line.length > 60 || /[。；;]$/.test(line) || line.includes("|")) return false;
  if (/^[(（]?[一二三四五六七八九十]+[)）、.]/.test(line)) return false;
  if (!REPORT_WORDS.test(line) || BREADCRUMB.test(line)) return false;
  // A sentence mentioning a report (`根据…编制本报告`) is not its title.
  return !/^(?:根据|按照|依据|现将|本报告|为|对|经|由|特|现)/.test(line) && !/[,，]/.test(line.slice(0, 30));
}

/** A year written in a title (2023年, 二〇二三年). */
export const YEAR_IN_TITLE = /(?:19|20)\d{2}\s*年|[〇零一二三四五六七八九]{4}\s*年/u;

/**
 * True when two lines read as one report title broken after its first part (…信息公开工作 | 年度报告).
 * The second part may read as a title alone (…2023年度政府 | 信息公开工作年度报告) where the first
 * dates it and it does not.
 */
export function isSplitTitle(first: string, second: string): boolean {
  const joined = first + second;
  if (!isReportTitleLine(joined) || isReportTitleLine(first) || titleCore(joined) !== joined) return false;
  if (!isReportTitleLine(second)) return true;
  // …unless the second is dated itself, or the first is a header field (发布时间: 2022年…).
  return YEAR_IN_TITLE.test(first) && !YEAR_IN_TITLE.test(second) && !/[:：|]/u.test(first);
}

/** A numbered section heading (一、总体情况) outside a table row. */
export function isSectionHeading(text: string): boolean {
  return /^[一二三四五六七八九十]{1,3}\s*[、.．]/.test(text) && !text.includes("|");
}

// A report's name opening a line that runs on into its text: words naming the report, up to a space.
const OPENING_TITLE =
  /^[^\s,，。;；:：|]{2,40}?\s?[^\s,，。;；:：|]{0,20}?(?:政府信息公开|政务公开|信息公开|政务信息公开)[^\s,，。;；:：|]{0,14}?(?:年度报告|年报|报告)(?=\s)/;

/**
 * The report's name where a page holds the whole report on one line (X县人民政府2019年 政府信息公开
 * 工作年度报告 一、总体情况 …): the words before the first space after the report words, when they
 * read as a title; null otherwise.
 */
export function openingTitle(line: string): string | null {
  const m = OPENING_TITLE.exec(line);
  return m && isReportTitleLine(m[0]) ? m[0] : null;
}

// Page titles join the document's title to column and site names with _ or a dash.
const SITE_TRAIL = /\s*(?:_|\s[-–—－]\s|[-–—－](?=[^\d\s]))/;

// A title line running into the report's first sentence (…年度报告本报告是根据…): the report's name ends before it.
const GLUED_SENTENCE = /^(.{4,50}?(?:年度报告|年报))(?=本报告|根据|按照|依据|现将)/;

/**
 * The report's own name at the start of a title line, without a trailing column or site name, or
 * the sentence a flattened page runs on with.
 */
export function titleCore(line: string): string {
  const glued = gluedTitle(line);
  if (glued) return glued;
  const cut = line.search(SITE_TRAIL);
  if (cut <= 0) return line;
  const head = line.slice(0, cut).trim();
  return isReportTitleLine(head) ? head : line;
}

/** The report's name opening a line that runs on into its first sentence, or null. */
export function gluedTitle(line: string): string | null {
  const glued = GLUED_SENTENCE.exec(line);
  return glued && isReportTitleLine(glued[1]!) ? glued[1]! : null;
}

/** The title a compilation marker line carries (`X 篇3`, `篇三：X` → "X"), or null when the line is no marker. */
export function pieceMarkerTitle(line: string): string | null {
  // Every marker is short and writes 篇: most lines are ruled out before either pattern runs.
  if (line.length > 80 || !line.includes("篇")) return null;
  const suffix = PIECE_SUFFIX.exec(line);
  if (suffix) return suffix[1]!.trim();
  const prefix = PIECE_PREFIX.exec(line);
  if (prefix) return (prefix[1] ?? "").trim();
  return null;
}
