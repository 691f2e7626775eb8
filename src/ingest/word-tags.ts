/**
 * Part-of-speech tagging of short snippets with jieba, used to find where a name starts
 * (`由龙港区人民政府` → 龙港区人民政府) and whether a word is a place (宁安, 亳州市).
 * The dictionary loads once, on first use.
 */
import { Jieba } from "@node-rs/jieba";
import { jiebaDictionary } from "../text/jieba-dictionary.ts";
import { OFFICE_KIND_FORMS } from "./office-domain.ts";

export interface TaggedWord {
  word: string;
  /** jieba's tag: "ns" place, "nt" organisation, "n" noun, "p" preposition, … */
  tag: string;
}

/** Tagged snippets kept for reuse; the same phrases (我局, 市教育局) recur across a corpus. */
const CACHE_SIZE = 20_000;

let jieba: Jieba | null = null;
const cache = new Map<string, TaggedWord[]>();

/** Tags the words of `snippet`. */
export function tagWords(snippet: string): TaggedWord[] {
  const known = cache.get(snippet);
  if (known) return known;
  jieba ??= loaded();
  const tagged = jieba.tag(snippet, true).map((t) => ({ word: t.word, tag: t.tag }));
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(snippet, tagged);
  return tagged;
}

// Kinds of office joined by 和 (人力资源和社会保障局, 住房和城乡建设局) are one organisation's name:
// the tagger would read the 和 as a conjunction ending the name before it.
function loaded(): Jieba {
  const tagger = Jieba.withDict(jiebaDictionary());
  const joined = OFFICE_KIND_FORMS.filter((f) => /[和与及]/u.test(f));
  tagger.loadDict(new TextEncoder().encode(joined.map((f) => `${f} 1000 nt`).join("\n")));
  return tagger;
}
