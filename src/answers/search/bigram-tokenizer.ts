/**
 * The tokenizer used for both indexing and queries: Han text becomes overlapping character
 * bigrams (a lone Han character stays a unigram), runs of Latin letters and digits stay whole
 * words. Bigrams beat a word segmenter here: agency and place names are proper nouns a dictionary
 * splits unpredictably, and bigrams cost no dictionary load at start-up.
 */

const RUN = /[\u3400-\u9fff]+|[a-z0-9]+/giu;

/** Splits `text` into lower-cased tokens (bigrams for Han runs). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    if (!/[\u3400-\u9fff]/u.test(run)) {
      out.push(run.toLowerCase());
      continue;
    }
    if (run.length === 1) {
      out.push(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}
