/**
 * Chinese word segmentation of short question text with jieba (HMM on, so names outside the
 * dictionary stay whole). The only file of the answer library that imports jieba; its dictionary
 * loads once, on first use.
 */
import { Jieba } from "@node-rs/jieba";
import { jiebaDictionary } from "../../text/jieba-dictionary.ts";

let jieba: Jieba | null = null;

/** The words of `text`, in order. */
export function segmentWords(text: string): string[] {
  jieba ??= Jieba.withDict(jiebaDictionary());
  return jieba.cut(text, true);
}
