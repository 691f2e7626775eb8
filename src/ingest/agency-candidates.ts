/**
 * Names of agencies as they occur in a text: for each place a suffix such as 局 or 乡 ends a word,
 * the noun phrase before it (`由龙港区人民政府` → 龙港区人民政府, `组成的市教育局` → 市教育局).
 */
import { ANONYMIZED } from "./agency-names.ts";
import { tagWords, type TaggedWord } from "./word-tags.ts";

export interface NameCandidate {
  name: string;
  /** The name opens with a place or organisation (本溪市教育局), not a bare 市 or 区 (市教育局). */
  proper: boolean;
  anonymized: boolean;
}

// Tags of words a name is made of (管理 of 管理委员会 is a verbal noun); a verb, pronoun or conjunction before it ends the name.
const NAME_TAGS = new Set(["n", "ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "ng", "b", "eng", "x", "zg", "l", "vn"]);
// Characters that open a phrase rather than a name: 年, 对, 在, 由, 但 …
const FUNCTION_CHAR = /^[年月日对在向和及与为由将把被从经据按于但而且]/;
// A word closing with a preposition (交由, 转给, 送至) hands on to the office after it; the tagger may call it a noun.
const HANDING_ON = /[由给至向把将被]$/;
// Common nouns that end up before 乡 or 镇 without naming one: 城乡, 全镇, 各乡.
const GENERIC_WORD = /^(?:城|全|各|本|我|该|乡|镇|集|兄弟|其他|其它|农村|城市|村|社区|县|市|区)/;
const GENERIC_LEVEL = /^(?:市|县|区|省|乡|镇)$/;
const LEVEL_GOVERNMENT = /^(?:市|县|区|省)政府$/;
const NAME_CHAR = /[\u4e00-\u9fffXM*×]/;
// An office's one-character word closing a name, whatever the tagger reads it as.
const OFFICE_CHAR = /^[办局委厅署院]$/;
const MAX_RUN = 24;
const DOCUMENT_NUMBER_AFTER = /^\s*[〔【\[［(（]\s*(?:19|20)\d{2}\s*[〕】\]］)）]/u;
// An anonymized name (XX局, 某某乡人民政府) ending a run; built once, not per run.
const ANONYMIZED_ENDING = new RegExp(`(?:${ANONYMIZED.source})[\\u4e00-\\u9fff]{0,5}$`);
// Where the suffix is only the start of a longer word: 局长, 乡镇, 委员, 镇长, 区委.
const CONTINUES_WORD: Record<string, RegExp> = {
  局: /^[长属里内]/,
  委: /^[员书里]/,
  乡: /^[镇村亲土]/,
  镇: /^[长村区]/,
  区: /^[委长域别划间]/,
  县: /^[委长城域级]/,
  市: /^(?:[委长场区级直]|民(?!政))/,
};

/** Candidate names in `text` that end with `suffix` (局, 委, 乡, 镇, 区, 县, 市 …). */
export function findNameCandidates(text: string, suffix: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
    const end = at + suffix.length;
    if (CONTINUES_WORD[suffix]?.test(text.slice(end, end + 1))) continue;
    // 浙政发办【2019】37号: the issuer's code of a document number, no body's name.
    if (DOCUMENT_NUMBER_AFTER.test(text.slice(end, end + 8))) continue;
    // 党委 is the party committee, never the agency filing the report.
    if (text[at - 1] === "党") continue;
    let start = at;
    while (start > 0 && end - start < MAX_RUN && NAME_CHAR.test(text[start - 1]!)) start--;
    // A year never belongs to a name: 2020年度市生态环境局.
    const candidate = trimToName(text.slice(start, end).replace(/^.*年度?/, ""));
    if (candidate) out.push(candidate);
  }
  return out;
}

/**
 * The name phrase that ends `run`: from the first place or organisation word of its trailing run
 * of nouns (本溪市教育局), else the last word with a level word before it (市教育局); null when
 * only a bare suffix or a two-character word is left.
 */
export function trimToName(run: string): NameCandidate | null {
  const anon = ANONYMIZED_ENDING.exec(run);
  if (anon && !/[和的及与况]/.test(anon[0])) return { name: anon[0], proper: false, anonymized: true };
  const words = tagWords(run);
  let first = words.length;
  // 办 of 县地方志办 is tagged a verb, yet after a noun, closing a name, it is the office's.
  const before = words[first - 2];
  const place = words[first - 3];
  if (first > 0 && OFFICE_CHAR.test(words[first - 1]!.word) && before && before.word.length >= 2 && /^n/.test(before.tag) && place && (GENERIC_LEVEL.test(place.word) || place.tag === "ns")) first--;
  while (first > 0 && NAME_TAGS.has(words[first - 1]!.tag)) first--;
  const nouns = words.slice(first);
  if (nouns.length === 0) return null;
  const opening = nouns.findIndex((w, i) => i < nouns.length - 1 && isProperOpening(w));
  let kept: TaggedWord[];
  const split = splitPlaceName(nouns);
  if (opening >= 0) kept = nouns.slice(opening);
  else if (split) kept = split;
  else {
    // 市生态环境局 keeps its level word; a one-character office word keeps the word before it.
    // 市政府研究室 keeps 市政府, read as one word: the level's government whose office it is.
    const level = nouns.findLastIndex((w, i) => i < nouns.length - 1 && (GENERIC_LEVEL.test(w.word) || LEVEL_GOVERNMENT.test(w.word)));
    const before = nouns.at(-2);
    // 区大数据发展局: the tagger may glue the level word to the next character (区大 | 数据 | 发展局).
    const glued = nouns.length > 1 && nouns[0]!.tag === "x" && nouns[0]!.word.length === 2 && GENERIC_LEVEL.test(nouns[0]!.word[0]!);
    if (level >= 0) kept = nouns.slice(level);
    else if (glued) kept = nouns;
    else if (nouns.at(-1)!.word.length === 1 && before && !GENERIC_WORD.test(before.word) && !FUNCTION_CHAR.test(before.word) && !HANDING_ON.test(before.word)) kept = nouns.slice(-2);
    else kept = nouns.slice(-1);
  }
  const name = kept.map((w) => w.word).join("");
  if (name.length < 3) return null;
  // 各街道办事处, 各乡镇人民政府: every body of a kind, none in particular.
  if (words[words.length - kept.length - 1]?.word === "各") return null;
  const proper = opening >= 0 || split !== null || (kept.length === 1 && isProperOpening(kept[0]!));
  return { name, proper, anonymized: false };
}

function isProperOpening(word: TaggedWord): boolean {
  if (GENERIC_LEVEL.test(word.word) || word.word.length < 2 || FUNCTION_CHAR.test(word.word)) return false;
  return word.tag === "ns" || word.tag === "nt" || (word.tag !== "m" && /[省市县区乡镇旗]$/.test(word.word));
}

// A place name the dictionary does not know comes out as single characters (永 富 乡).
function splitPlaceName(nouns: TaggedWord[]): TaggedWord[] | null {
  const last = nouns.at(-1)!;
  const prev = nouns.at(-2);
  if (GENERIC_LEVEL.test(last.word) && prev && prev.word.length >= 2 && prev.word.length <= 3 && !FUNCTION_CHAR.test(prev.word) && !GENERIC_WORD.test(prev.word)) {
    return [prev, last];
  }
  const head: TaggedWord[] = [];
  for (let i = nouns.length - 2; i >= 0 && head.length < 3; i--) {
    const w = nouns[i]!;
    if (w.word.length !== 1 || !["ns", "nr", "nz"].includes(w.tag) || FUNCTION_CHAR.test(w.word)) break;
    head.unshift(w);
  }
  return head.length >= 2 ? [...head, nouns.at(-1)!] : null;
}
