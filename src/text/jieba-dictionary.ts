/**
 * jieba's default word dictionary, read from the package's `dict.txt` when a tagger or segmenter
 * is built: the package's `dict.js` reads its 6 MB IDF table as well, which neither uses.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The bytes of jieba's default dictionary, for `Jieba.withDict`. */
export function jiebaDictionary(): Uint8Array {
  return readFileSync(createRequire(import.meta.url).resolve("@node-rs/jieba/dict.txt"));
}
