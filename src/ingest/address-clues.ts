/**
 * What a page's web address says of who filed it: words spelling a place (chuanshan.gov.cn,
 * xxgk.jlbc.gov.cn) and slugs naming a department (/rlsb/, /fgw/). Mirror sites keep the path of
 * the page they copy, so the path counts even when the host is not a government's.
 */
import departmentData from "../../data/department-slugs.json" with { type: "json" };
import provinceHostData from "../../data/province-hosts.json" with { type: "json" };
import { citiesByInitials, countiesByInitials, placesSpelled, provincesByInitials, townshipsByInitials } from "../places/place-pinyin.ts";
import { lineage, placeMentions, placesNamed, placeStem, within, type Place } from "../places/gazetteer.ts";
import { simplified } from "../text/simplified.ts";

export interface AddressClues {
  /** Places spelled by words of the address, each word's readings together. */
  places: Array<{ word: string; places: readonly Place[]; writtenOnly?: readonly Place[] }>;
  /** Kinds of office the address's slugs name (人力资源和社会保障局). */
  departments: string[];
  /** The kind a slug of a government host names (scjg.xm.gov.cn: the site's owner), else null. */
  hostDepartment: string | null;
  /** Chinese the path spells out (a mirror's /wiki/武漢市生態環境局2020年政府信息公開工作年度報告), else "". */
  written: string;
  /** A city department's branch in a district the path names (sthjwyfj: 生态环境局 未央 分局): the department and the district's initials. */
  branch: { department: string; initials: string } | null;
  /** The year a report the path files under covers (/nb2024/), or was published in the first half of the next (/202501/t20250121_…); else null. */
  year: number | null;
}

// A folder of reports named by their year: /nb2024/, /ndbg_2023/, /2022nb/.
const REPORT_FOLDER_YEAR = /(?:^|[/_-])(?:nb|ndbg|gknb|xxgknb|nianbao)[_-]?((?:19|20)\d{2})(?=$|[/_.-])|(?:^|[/_-])((?:19|20)\d{2})[_-]?(?:nb|ndbg|nianbao)(?=$|[/_.-])/;
// A dated path (/202501/t20250121_…, /2024/03-14/, /2023/1/19/): a report comes out in the first months after its year.
const PATH_DATE = /(?:^|[/_t])((?:19|20)\d{2})(?:(0[1-9]|1[0-2])(?:[0-3]\d)?|[/-](0?[1-9]|1[0-2])(?:[/-][0-3]?\d)?)(?=$|[/_.])/;
/** Last month of the year after a report's in which it is taken to be published. */
const LAST_PUBLISHING_MONTH = 6;

// A city's own host named by its initials or name and "city" (yzcity, wuhancity).
const CITY_HOST = /^([a-z]{2,12})city$/;
// A host named by "cn" or "china" (中国) and a place's initials or name (cnzh for 中国昭化, chinaqinglong for 中国青龙).
const CHINA_HOST = /^(?:cn|china)([a-z]{2,12})$/;

// hzshtqzf, lyxzf: a place's initials before its government's (政府, 人民政府), as its site files its pages.
const GOVERNMENT_SLUG = /^([a-z]{3,10}?)(?:rmzf|zf)$/;

// qmzj: a level's initial (区, 县, 市) before a department's slug names the department of the site's place.
const LEVEL_INITIAL = /^[qxs]/;

/** The places of `levels` a host's word spells: by their two initials, or by their name. */
function placesOfHostWord(word: string, levels: readonly ("city" | "county")[]): readonly Place[] {
  if (word.length === 2) return [...(levels.includes("city") ? citiesByInitials(word) : []), ...(levels.includes("county") ? countiesByInitials(word) : [])];
  return placesSpelled(word).filter((p) => levels.some((l) => l === p.level));
}

/** A word that is a place's spelling followed by a department's slug, split there; else null. */
function placeAndSlug(word: string): { places: readonly Place[]; department: string } | null {
  for (let cut = word.length - 2; cut >= 2; cut--) {
    const department = SLUGS[word.slice(cut)];
    if (!department) continue;
    // xjmzw: a province's two initials before the slug, where they name one province; hebaudit: its short form.
    const prefix = PROVINCE_PREFIXES[word.slice(0, cut)];
    // ncajj: two initials name a province where they name one (several: none), else the cities they may be (the text tells which).
    const provinces = cut === 2 ? provincesByInitials(word.slice(0, 2)) : [];
    const initials = provinces.length === 1 ? provinces : provinces.length === 0 && cut === 2 ? citiesByInitials(word.slice(0, 2)) : [];
    const places = prefix ? placesNamed(prefix).filter((p) => p.level === "province") : cut === 2 ? initials : placesSpelled(word.slice(0, cut));
    if (places.length > 0) return { places, department };
  }
  return null;
}

// A mirror's path spelling the report's title (/wiki/廣州市人民政府2020年政府信息公開工作年度報告).
const WRITTEN_REPORT_YEAR = /((?:19|20)\d{2})年度?\S*?报告/u;

/** The year the report title a path spells covers, or null. */
function writtenYear(written: string): number | null {
  const m = WRITTEN_REPORT_YEAR.exec(simplified(written));
  return m ? Number(m[1]) : null;
}

// A report's title spelled by initials after its year (dls2016ndzfxxgkgzbg: 大连市2016年度政府信息公开工作报告).
const INITIALS_TITLE_YEAR = /((?:19|20)\d{2})n?d?(?:zf|zw)?xxgk(?:gz)?(?:nd)?bg/;

/** The year a report filed under `path` covers, or null when the path does not say. */
function pathYear(path: string): number | null {
  const folder = REPORT_FOLDER_YEAR.exec(path.toLowerCase());
  if (folder) return Number(folder[1] ?? folder[2]);
  const initials = INITIALS_TITLE_YEAR.exec(path.toLowerCase());
  if (initials) return Number(initials[1]);
  const dated = PATH_DATE.exec(path);
  return dated && Number(dated[2] ?? dated[3]) <= LAST_PUBLISHING_MONTH ? Number(dated[1]) - 1 : null;
}

const SLUGS: Readonly<Record<string, string>> = departmentData.slugs;
const PROVINCIAL_FORMS: Readonly<Record<string, string>> = departmentData.provincial;
const PROVINCE_HOSTS: Readonly<Record<string, string>> = provinceHostData.hosts;
const PROVINCE_PREFIXES: Readonly<Record<string, string>> = provinceHostData.prefixes;
// Words every government address is made of; none names a place or a department.
const GENERIC = new Set([
  "www", "gov", "cn", "com", "net", "org", "big5", "gate", "wap", "http", "https", "html", "shtml", "htm", "jhtml", "jsp", "php",
  "xxgk", "zwgk", "zfxxgk", "gkml", "xxgkml", "ndbg", "gknb", "xxgknb", "zfxxgknb", "nb", "module", "art", "index", "content",
  "info", "show", "public", "gongkai", "news", "article", "web", "zwxx", "single", "post", "html", "detail", "view", "home",
  // Columns every site files pages under (通知公告, 工作动态, 政务动态, 新闻中心, 政策法规, 政策解读): read as initials they spell places (tzgg: 泰州高港).
  "tzgg", "gzdt", "zwdt", "xwzx", "xwdt", "zcfg", "zcjd", "bmdt", "tpxw", "ywdt",
]);

/** The clues of the address `url`; none when it is null or not a web address. */
export function addressClues(url: string | null): AddressClues {
  const clues: AddressClues = { places: [], departments: [], hostDepartment: null, branch: null, written: "", year: null };
  if (!url) return clues;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return clues;
  }
  clues.written = writtenPath(parsed.pathname);
  clues.year = pathYear(parsed.pathname) ?? writtenYear(clues.written);
  const labels = parsed.hostname.toLowerCase().split(".");
  // whly.gd.gov.cn: the label before gov.cn names the province whose site it is.
  const provinceLabel = labels.at(-2) === "gov" && labels.at(-1) === "cn" ? labels.at(-3) : undefined;
  const province = provinceLabel ? PROVINCE_HOSTS[provinceLabel] : undefined;
  if (province) clues.places.push({ word: provinceLabel!, places: placesNamed(province).filter((p) => p.level === "province") });
  // scjg.xm.gov.cn: two letters before gov.cn that name no province are a city's initials, or a
  // county's where the page writes that county (mz.gov.cn of 绵竹市, not 梅州市).
  else if (provinceLabel?.length === 2) {
    const cities = citiesByInitials(provinceLabel);
    const counties = countiesByInitials(provinceLabel);
    if (cities.length > 0 || counties.length > 0) clues.places.push({ word: provinceLabel, places: cities, writtenOnly: counties });
  }
  // A mirror keeps the path of the page it copies, not the host: only a government's host names its owner.
  const ownHost = /\.gov\.cn$|\.gov$/.test(parsed.hostname.toLowerCase());
  // www.yzcity.gov.cn: a city's initials or name before "city"; cnzh.gov.cn: a city's or county's after "cn".
  for (const label of ownHost ? labels : []) {
    const city = CITY_HOST.exec(label)?.[1];
    const county = CHINA_HOST.exec(label)?.[1];
    const places = city !== undefined ? placesOfHostWord(city, ["city"]) : county !== undefined ? placesOfHostWord(county, ["city", "county"]) : [];
    if (places.length > 0) clues.places.push({ word: label, places });
  }
  const words = [...(ownHost ? labels : []), ...parsed.pathname.toLowerCase().split(/[^a-z]+/)].filter((w) => w.length >= 3 && !GENERIC.has(w) && (province === undefined || w !== provinceLabel));
  const hostSlugs = ownHost ? labels.map((l) => SLUGS[l]).filter((d): d is string => d !== undefined) : [];
  if (hostSlugs.length === 1) clues.hostDepartment = hostSlugs[0]!;
  for (const word of new Set(words)) {
    const department = SLUGS[word];
    if (department) clues.departments.push(department);
    // A department's slug (scjg) is read as nothing else: as initials it would spell some county (剑阁).
    const places = department ? [] : placesSpelled(word);
    const government = department ? undefined : GOVERNMENT_SLUG.exec(word)?.[1];
    if (places.length > 0) clues.places.push({ word, places });
    else if (government && placesSpelled(government).length > 0) clues.places.push({ word, places: placesSpelled(government) });
    else if (!department) {
      const branch = BRANCH_SLUG.exec(word);
      if (branch && SLUGS[branch[1]!]) clues.branch = { department: SLUGS[branch[1]!]!, initials: branch[2]! };
      // mxqqxj: a place's initials run together with the slug of its office (梅县区 气象局).
      const joined = placeAndSlug(word);
      const leveled = joined || !LEVEL_INITIAL.test(word) ? undefined : SLUGS[word.slice(1)];
      if (joined) {
        clues.places.push({ word, places: joined.places });
        clues.departments.push(joined.department);
      } else if (leveled) clues.departments.push(leveled);
    }
  }
  // /xyzjdbsc/ on a district's site: the initials of one of its townships before its office's (街道办事处).
  const counties = clues.places.flatMap((w) => w.places).filter((p) => p.level === "county");
  for (const word of new Set(words)) {
    const slug = TOWNSHIP_SLUG.exec(word);
    const townships = slug ? [...new Set(counties.flatMap((c) => townshipsByInitials(slug[1]!, c)))] : [];
    if (townships.length > 0) clues.places.push({ word, places: townships });
  }
  // /ajj/ncajj/: one department named by two words is one department.
  clues.departments = [...new Set(clues.departments)];
  return clues;
}

// A department's slug, a district's two initials and 分局's (fj): the city department's branch there.
const BRANCH_SLUG = /^([a-z]{2,8}?)([a-z]{2})fj$/;

// The initials of a township's office after the initials of its name: 街道办事处 (or 街办事处), 镇人民政府, 乡政府.
const TOWNSHIP_SLUG = /^([a-z]{2,5}?)(?:jdbsc|jbsc|jdb|jd|zrmzf|zzf|xrmzf|xzf)$/;

/**
 * The one innermost place the address spells, the words agreeing with each other (daan + jlbc →
 * 大安市 of 白城市, not 大安区 of 自贡市); among places spelled alike (yangling: 杨陵区, 杨凌示范区),
 * the one the page's `text` writes; null when it spells none or cannot tell which. `admits` keeps
 * only the readings a name's level word fits (市教育局: jining is 济宁市, not 集宁区).
 */
export function addressPlace(clues: AddressClues, text = "", admits: (p: Place) => boolean = () => true): Place | null {
  const readings = clues.places.flatMap((w) => [...w.places, ...(w.writtenOnly ?? []).filter((p) => writes(text, p) || stemWritten(text, p))].map((p) => ({ word: w.word, p })));
  if (readings.length === 0) return null;
  // A township the text writes supports the reading holding it as a word of the address would
  // (七里乡 of 进贤县 among the counties jxx spells).
  const townships = readings.length > 1 ? townshipsWritten(text) : [];
  const support = (p: Place): number =>
    new Set(readings.filter((r) => within(p, r.p) || within(r.p, p)).map((r) => r.word)).size + (townships.some((t) => t.parent === p) ? 1 : 0);
  // A place the text writes, else one whose stem it writes (《今日鹿城》 of 鹿城区, not 潞城区), else one in the
  // province the text writes (永州 of 湖南, not 扬州).
  const written = (p: Place): number => (writes(text, p) ? 3 : stemWritten(text, p) ? 2 : text.includes(lineage(p)[0]!.name) ? 1 : 0);
  const scored = readings.filter((r) => admits(r.p)).map((r) => ({ p: r.p, s: support(r.p), depth: lineage(r.p).length, written: written(r.p) }));
  scored.sort((a, b) => b.s - a.s || b.depth - a.depth || b.written - a.written);
  let best = scored[0];
  if (!best) return null;
  // The one reading the text writes beats a deeper one it does not hold (lyx: 略阳县, the text's, over 隆尧镇),
  // while words agreeing on a place within it still name the inner one (daan + jlbc: 大安市 of 白城市).
  const top = scored.filter((x) => x.s === best!.s);
  const mostWritten = Math.max(...top.map((x) => x.written));
  const named = top.filter((x) => x.written === mostWritten);
  if (mostWritten > best.written && named.length === 1 && !within(best.p, named[0]!.p)) best = named[0]!;
  // One word spelling places of several levels (suzhou: 苏州市, 宿州市, 肃州区) says no more of the deeper one.
  const rivals = scored.filter((x) => x.p !== best!.p && x.s === best!.s && (x.depth === best!.depth || best!.s === 1) && x.written === best!.written);
  return rivals.length === 0 ? best.p : null;
}

/** The townships whose full names `text` writes. */
export function townshipsWritten(text: string): Place[] {
  return placeMentions(text).flatMap((m) => m.places.filter((p) => p.level === "township"));
}

/** Whether `text` writes the place: its name, or a level word of its own (示范区) none but zones have. */
/** Whether `text` writes the stem of `p`'s name (鹿城 of 鹿城区), two characters or more. */
function stemWritten(text: string, p: Place): boolean {
  const stem = placeStem(p.name);
  return stem.length >= 2 && stem !== p.name && text.includes(stem);
}

function writes(text: string, p: Place): boolean {
  const level = p.name.slice(placeStem(p.name).length);
  return text.includes(p.name) || (level.length >= 3 && !/自治/.test(level) && text.includes(level));
}

/** The runs of Chinese a percent-encoded path spells, joined by spaces. */
function writtenPath(path: string): string {
  if (!path.includes("%")) return "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return "";
  }
  return (decoded.match(/[\p{Script=Han}\d]{4,}/gu) ?? []).filter((run) => /\p{Script=Han}/u.test(run)).join(" ");
}

/** The name `department` (an address slug's kind) goes by in `place`: a province's 民政局 is its 民政厅. */
export function departmentOf(place: Place, department: string): string {
  return place.level === "province" ? (PROVINCIAL_FORMS[department] ?? department) : department;
}
