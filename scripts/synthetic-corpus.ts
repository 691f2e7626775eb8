/**
 * A deterministic synthetic corpus of disclosure annual reports for benchmarks and scale tests:
 * narrative reports, 2019 trial-format tables, 2021-format tables flattened into pipes or written
 * one cell per line, and HTML pages with real tables; mostly UTF-8, every fifth text file GBK.
 * Agencies vary over many invented places at county, city and township level, years 2008–2024.
 * The same `(n, seed)` always yields the same bytes.
 */
import iconv from "iconv-lite";

export interface SyntheticFile {
  name: string;
  bytes: Uint8Array;
}

/** What a synthetic report states, for checking a parse against. */
export interface SyntheticTruth {
  agency: string;
  year: number;
  format: "narrative" | "template2019" | "template2021";
  proactiveTotal: number;
  newApplications: number;
}

type Layout = "narrative" | "template2019" | "pipes2021" | "cells2021" | "html2021";

const PROVINCES = ["河北省", "山西省", "辽宁省", "吉林省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省"];
const SYLLABLES = "安宝北昌长城大丰凤阜高广和河华黄吉建江金景静开康乐临龙隆庐罗茂美宁平浦清庆瑞三沙山上韶寿双松泰天通万文武西仙新兴阳永玉云泽漳正中舟";
const DEPARTMENTS = ["教育局", "财政局", "民政局", "科学技术局", "交通运输局", "自然资源局", "生态环境局", "卫生健康委员会", "发展和改革委员会", "市场监督管理局", "住房和城乡建设局", "农业农村局", "司法局", "审计局", "统计局", "人力资源和社会保障局"];
const CATEGORIES = ["工作动态", "通知公告", "政策法规", "规划计划", "人事信息", "财政预决算", "机构职能"];

export interface CorpusOptions {
  /**
   * "small" (default): the figures and a sentence or two around them, about 1.4 KB a report.
   * "real": padded to the size of published reports: 10–30 KB of text, HTML pages 50–100 KB with
   * the site's styles, scripts, navigation and footer around the report. The figures are the same.
   */
  size?: "small" | "real";
}

/** `n` synthetic report files from `seed`; fast enough for 100,000 reports. */
export function generateCorpus(n: number, seed: number, options: CorpusOptions = {}): SyntheticFile[] {
  return generateCorpusWithTruth(n, seed, options).map(({ name, bytes }) => ({ name, bytes }));
}

/** Like `generateCorpus`, with what each report states. */
export function generateCorpusWithTruth(n: number, seed: number, options: CorpusOptions = {}): Array<SyntheticFile & { truth: SyntheticTruth }> {
  const out: Array<SyntheticFile & { truth: SyntheticTruth }> = [];
  for (let i = 0; i < n; i++) out.push(generateReport(i, seed, options.size ?? "small"));
  return out;
}

function generateReport(i: number, seed: number, size: "small" | "real"): SyntheticFile & { truth: SyntheticTruth } {
  const rnd = random(seed * 1_000_003 + i);
  const year = 2008 + Math.floor(rnd() * 17);
  const layouts: Layout[] = year >= 2021 ? ["pipes2021", "cells2021", "html2021", "narrative"] : year >= 2019 ? ["template2019", "template2019", "narrative"] : ["narrative"];
  const layout = pick(rnd, layouts);
  const agency = makeAgency(rnd);
  const proactiveTotal = 20 + Math.floor(rnd() * 900);
  const newApplications = Math.floor(rnd() * 40);
  const ctx: Context = { rnd, year, agency, proactiveTotal, newApplications };
  const format = layout === "narrative" ? "narrative" : layout === "template2019" ? "template2019" : "template2021";
  const small = layout === "narrative" ? narrative(ctx) : layout === "template2019" ? template2019(ctx) : template2021(ctx, layout);
  const text = size === "real" ? realSize(small, layout, agency, rnd) : small;
  const id = String(i).padStart(6, "0");
  const truth = { agency: agency.name, year, format, proactiveTotal, newApplications } as const;
  if (layout === "html2021") return { name: `synthetic-${id}.html`, bytes: new TextEncoder().encode(text), truth };
  const bytes = i % 5 === 4 ? new Uint8Array(iconv.encode(text, "gbk")) : new TextEncoder().encode(text);
  return { name: `synthetic-${id}.txt`, bytes, truth };
}

interface Agency {
  name: string;
  /** How the report refers to itself: 我局, 我委, 我镇, 我县. */
  self: string;
}

interface Context {
  rnd: () => number;
  year: number;
  agency: Agency;
  proactiveTotal: number;
  newApplications: number;
}

function makeAgency(rnd: () => number): Agency {
  const place = (suffix: string): string => syllable(rnd) + syllable(rnd) + suffix;
  const kind = rnd();
  if (kind < 0.2) {
    const town = place(rnd() < 0.5 ? "镇" : "乡");
    return { name: `${town}人民政府`, self: `我${town.slice(-1)}` };
  }
  if (kind < 0.3) {
    const county = place(rnd() < 0.5 ? "县" : "区");
    return { name: `${county}人民政府`, self: `我${county.slice(-1)}` };
  }
  const unit = kind < 0.7 ? place(rnd() < 0.5 ? "县" : "区") : place("市");
  const department = pick(rnd, DEPARTMENTS);
  return { name: unit + department, self: department.endsWith("委员会") ? "我委" : "我局" };
}

function narrative({ rnd, year, agency, proactiveTotal, newApplications }: Context): string {
  const parts = split(rnd, proactiveTotal, 3 + Math.floor(rnd() * 3));
  const listed = parts.map((v, k) => `${CATEGORIES[k]}类信息${v}条`).join("，");
  const province = pick(rnd, PROVINCES);
  return [
    `${agency.name}${year}年政府信息公开工作年度报告`,
    `发布日期：${year + 1}-0${1 + Math.floor(rnd() * 3)}-${10 + Math.floor(rnd() * 18)}`,
    `本报告根据《中华人民共和国政府信息公开条例》和${province}有关要求编制，报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    "一、概述",
    `${year}年，${agency.self}认真贯彻落实《中华人民共和国政府信息公开条例》，成立了政府信息公开工作领导小组，明确专人负责，健全了主动公开、依申请公开和保密审查等制度。`,
    "二、主动公开政府信息情况",
    `${year}年，${agency.self}共主动公开政府信息${proactiveTotal}条，其中${listed}。主要通过政府门户网站、政务公开栏和新闻媒体等渠道公开。`,
    "三、依申请公开政府信息情况",
    newApplications === 0 ? `${year}年，${agency.self}未收到政府信息公开申请。` : `${year}年，${agency.self}共受理政府信息公开申请${newApplications}件，均已按期答复。`,
    "四、政府信息公开的收费及减免情况",
    `${year}年，${agency.self}未收取政府信息公开费用。`,
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
    `${year}年，${agency.self}未发生因政府信息公开申请行政复议、提起行政诉讼的情况。`,
    "六、存在的主要问题及改进措施",
    "一是信息公开的及时性有待提高；二是公开形式较为单一。下一步将进一步完善工作机制，拓宽公开渠道，提高公开质量。",
    agency.name,
  ].join("\n");
}

function template2019({ rnd, year, agency, proactiveTotal, newApplications }: Context): string {
  const n = (max: number): number => Math.floor(rnd() * max);
  const columns = applicantColumns(rnd, newApplications);
  return [
    `${agency.name}${year}年政府信息公开工作年度报告`,
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    "一、总体情况",
    `${year}年，${agency.self}共主动公开政府信息${proactiveTotal}条，政府信息公开工作平稳有序。`,
    "二、主动公开政府信息情况",
    "第二十条第（一）项",
    "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量",
    `规章 | 0 | 0 | ${n(3)}`,
    `规范性文件 | ${n(6)} | ${n(6)} | ${10 + n(40)}`,
    "第二十条第（五）项",
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
    `行政许可 | ${n(50)} | ${n(5)} | ${n(900)}`,
    "三、收到和处理政府信息公开申请情况",
    `一、本年新收政府信息公开申请数量 | ${columns.join(" | ")}`,
    `二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0`,
    "四、政府信息公开行政复议、行政诉讼情况",
    Array.from({ length: 15 }, () => "0").join(" | "),
    "五、存在的主要问题及改进情况",
    "政策解读的形式还不够丰富，下一步将加强培训。",
    "六、其他需要报告的事项",
    "无。",
  ].join("\n");
}

function template2021({ rnd, year, agency, proactiveTotal, newApplications }: Context, layout: Layout): string {
  const n = (max: number): number => Math.floor(rnd() * max);
  const columns = applicantColumns(rnd, newApplications);
  const zeros = "0 | 0 | 0 | 0 | 0 | 0 | 0";
  const rows: string[][] = [
    ["第二十条第（一）项"],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "0", "0", String(n(3))],
    ["行政规范性文件", String(n(8)), String(n(4)), String(5 + n(60))],
    ["第二十条第（五）项"],
    ["信息内容", "本年处理决定数量"],
    ["行政许可", String(n(2000))],
    ["第二十条第（六）项"],
    ["信息内容", "本年处理决定数量"],
    ["行政处罚", String(n(300))],
    ["行政强制", String(n(20))],
    ["第二十条第（八）项"],
    ["信息内容", "本年收费金额（单位：万元）"],
    ["行政事业性收费", String(n(100))],
  ];
  const applications: string[][] = [
    ["一、本年新收政府信息公开申请数量", ...columns.map(String)],
    ["二、上年结转政府信息公开申请数量", ...zeros.split(" | ")],
    ["三、本年度办理结果", "（一）予以公开", ...columns.map(String)],
    ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ...zeros.split(" | ")],
    ["（七）总计", ...columns.map(String)],
    ["四、结转下年度继续办理", ...zeros.split(" | ")],
  ];
  const review = [["行政复议", "行政诉讼"], Array.from({ length: 15 }, () => "0")];
  const table = (t: string[][]): string[] =>
    layout === "html2021" ? [`<table>${t.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table>`]
    : layout === "cells2021" ? t.flat()
    : t.map((r) => r.join(" | "));
  const p = (s: string): string => (layout === "html2021" ? `<p>${s}</p>` : s);
  const lines = [
    p(`${agency.name}${year}年政府信息公开工作年度报告`),
    p(`本年度报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`),
    p("一、总体情况"),
    p(`${year}年，${agency.self}共主动公开政府信息${proactiveTotal}条，坚持以公开为常态、不公开为例外。`),
    p("二、主动公开政府信息情况"),
    ...table(rows),
    p("三、收到和处理政府信息公开申请情况"),
    ...table(applications),
    p("四、政府信息公开行政复议、行政诉讼情况"),
    ...table(review),
    p("五、存在的主要问题及改进情况"),
    p("公开内容的深度还不够，下一步将加强政策解读。"),
    p("六、其他需要报告的事项"),
    p("无。"),
  ];
  if (layout !== "html2021") return lines.join("\n");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${agency.name}</title><script>var a=1;</script></head><body><nav>首页 &gt; 信息公开</nav>\n${lines.join("\n")}\n</body></html>`;
}

/** Prose of published reports, without any number: padding that adds no figure. */
const PROSE = [
  "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，把政务公开作为建设法治政府的重要抓手。",
  "围绕优化营商环境、乡村振兴和民生保障等重点领域，及时发布政策文件和工作动态，主动回应社会关切。",
  "健全政策解读机制，坚持政策性文件与解读方案、解读材料同步组织、同步审签、同步部署。",
  "通过图文解读、视频解读和专家访谈等方式，提高政策解读的针对性和可读性，让群众看得到、听得懂、能监督。",
  "严格落实信息发布保密审查制度，坚持先审查、后公开和谁公开、谁审查、谁负责的原则。",
  "加强政府网站和政务新媒体管理，定期开展内容巡查，及时整改错链断链和信息更新不及时等问题。",
  "完善依申请公开工作流程，规范受理、登记、审核、答复和归档等环节，确保依法依规按时答复。",
  "加强工作人员业务培训，组织专题学习政府信息公开条例和相关配套制度，提升依法公开的能力和水平。",
  "畅通政民互动渠道，认真办理网民留言和咨询，做到件件有回音、事事有着落。",
  "推进基层政务公开标准化规范化建设，梳理公开事项目录，明确公开内容、公开时限和公开方式。",
  "强化监督考核，将政务公开工作纳入年度绩效考核，定期通报工作情况，推动各项任务落到实处。",
  "深化重点领域信息公开，做好财政预决算、重大建设项目和公共资源配置等信息的公开工作。",
  "在政府网站开设专题专栏，集中展示重要政策、重点工作和办事服务信息，方便公众查询。",
  "下一步，我们将继续加大公开力度，拓展公开深度，提升公开实效，更好地服务经济社会发展。",
];

/**
 * Pads a small report to the size of a published one: prose paragraphs after its first sections
 * (10–30 KB of text in all), and for an HTML page the site around it (styles, scripts, menus,
 * related links, footer) up to 50–100 KB.
 */
function realSize(small: string, layout: Layout, agency: Agency, rnd: () => number): string {
  const targetBytes = 10_000 + Math.floor(rnd() * 20_000);
  const html = layout === "html2021";
  const paragraphs: string[] = [];
  let bytes = Buffer.byteLength(small);
  while (bytes < targetBytes) {
    const sentences = Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => pick(rnd, PROSE)).join("");
    paragraphs.push(html ? `<p style="text-indent:2em">${sentences}</p>` : sentences);
    bytes += Buffer.byteLength(sentences);
  }
  const lines = small.split("\n");
  // After the overview's first paragraph: the figures stay in their sections.
  const at = lines.findIndex((l) => /^(<p>)?[一二]、/.test(l));
  lines.splice(at + 2, 0, ...paragraphs.slice(0, Math.ceil(paragraphs.length / 2)));
  const closing = lines.findIndex((l) => /(存在的主要问题|存在的问题)/.test(l));
  lines.splice(closing + 2, 0, ...paragraphs.slice(Math.ceil(paragraphs.length / 2)));
  const body = lines.join("\n");
  if (!html) return body;
  return siteAround(body, agency, 50_000 + Math.floor(rnd() * 50_000), rnd);
}

function siteAround(page: string, agency: Agency, targetBytes: number, rnd: () => number): string {
  const open = page.indexOf("<body>");
  const head = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${agency.name}</title>`;
  const chrome: string[] = [];
  let bytes = Buffer.byteLength(page);
  for (let k = 0; bytes < targetBytes; k++) {
    const part =
      k % 3 === 0
        ? `<style>.nav-${k} li a{color:#1a5fb4;font-size:14px;line-height:28px}.nav-${k} .active{font-weight:bold;border-bottom:2px solid #c00}.footer-${k}{background:#f5f5f5;padding:20px 0;text-align:center}</style>`
        : k % 3 === 1
          ? `<script>(function(){var menu=document.querySelectorAll(".nav-${k} li");for(var i=0;i<menu.length;i++){menu[i].onmouseover=function(){this.className="active";};}})();</script>`
          : `<ul class="nav-${k}">${Array.from({ length: 12 }, () => `<li><a href="/xxgk/${Math.floor(rnd() * 1e6)}.html">${pick(rnd, CATEGORIES)}</a></li>`).join("")}</ul>`;
    chrome.push(part);
    bytes += Buffer.byteLength(part);
  }
  const half = Math.ceil(chrome.length / 2);
  const body = page.slice(open + "<body>".length).replace("</body></html>", "");
  return `${head}${chrome.slice(0, half).filter((c) => !c.startsWith("<ul")).join("")}</head><body>${chrome.slice(0, half).filter((c) => c.startsWith("<ul")).join("")}<div class="article">${body}</div>${chrome.slice(half).join("")}<div class="footer">主办单位：${agency.name}</div></body></html>`;
}

// Six applicant columns (natural person, four kinds of organisation, other) and their total.
function applicantColumns(rnd: () => number, total: number): number[] {
  const parts = split(rnd, total, 6);
  return [...parts, total];
}

function split(rnd: () => number, total: number, count: number): number[] {
  const parts = Array.from({ length: count }, () => 0);
  let left = total;
  for (let k = 0; k < count - 1; k++) {
    const v = Math.floor(rnd() * (left + 1) * 0.6);
    parts[k] = v;
    left -= v;
  }
  parts[count - 1] = left;
  return parts;
}

function syllable(rnd: () => number): string {
  return SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]!;
}

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)]!;
}

// mulberry32: small, fast, and the same on every platform.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
