/**
 * The tokenizer used for both indexing and queries: Han text becomes overlapping character
 * bigrams (a lone Han character stays a unigram), runs of Latin letters and digits stay whole
 * words, lower-cased. Bigrams beat a word segmenter here: agency and place names are proper nouns a dictionary
 * splits unpredictably, and bigrams cost no dictionary load at start-up. Han means U+3400–U+9FFF;
 * anything else (punctuation, spaces, characters outside those ranges) ends a run.
 */

/** Splits `text` into lower-cased tokens (bigrams for Han runs). */
export function tokenize(text: string): string[] {
  // One pass over the code units: every question ranks every sentence of its report through here.
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === OTHER) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && kindOf(text.charCodeAt(end)) === kind) end++;
    if (kind === WORD) out.push(text.slice(i, end).toLowerCase());
    else if (end - i === 1) out.push(text[i]!);
    else for (let k = i; k + 1 < end; k++) out.push(text.slice(k, k + 2));
    i = end;
  }
  return out;
}

const OTHER = 0;
const HAN = 1;
const WORD = 2;

function kindOf(code: number): number {
  if (code >= 0x3400 && code <= 0x9fff) return HAN;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) return WORD;
  // The Kelvin sign and the long s are Latin letters too: case folding maps them to k and s.
  if (code === 0x212a || code === 0x17f) return WORD;
  return OTHER;
}
