/**
 * Fuzzy look-up over the catalogue's agencies (name and places), for questions whose agency the
 * exact place/kind decomposition cannot place: near matches for "not found" answers and short
 * names written out in full. The only file that imports MiniSearch. Defaults: bigram tokenizer for
 * documents and queries, prefix search off, fuzzy off (bigrams already tolerate a changed
 * character), name boosted ×3.
 *
 * Bounded at national scale (72k agencies at 100k reports): the index fills in the background, a
 * millisecond of the event loop at a time, and a search before it is full finds nothing (the
 * question is answered from the exact look-ups) unless what is left is small enough to add at once.
 * A search reads the postings of the query's selective bigrams (a place's 凉州, not the 管理 every
 * 市场监督管理局 shares) to pick its candidates, then scores only those on the whole query, in the
 * order the plain search gives them; a query made only of bigrams thousands of agencies share
 * finds nothing. Recent queries are answered from a small cache.
 */
import MiniSearch from "minisearch";
import { performance } from "node:perf_hooks";
import { tokenize } from "./bigram-tokenizer.ts";

export interface AgencyDocument {
  id: number;
  name: string;
  places: string;
}

export interface AgencyHit {
  id: number;
  score: number;
  /** Query tokens the hit shares with the document. */
  matched: string[];
}

export interface AgencySearch {
  /** The best `limit` (at most `MAX_LIMIT`) agencies like `text`; none while the index is still filling. */
  search(text: string, limit: number): AgencyHit[];
  /** Starts filling the index in the background, a few milliseconds of the event loop at a time. */
  warm(): void;
  /** Stops a background fill: the index was replaced before it was needed. */
  stop(): void;
  /**
   * Resolves once the index is full (at once when it is); fills it in the background meanwhile,
   * with no pause between slices when `hurry` (a command line waiting to answer).
   */
  ready(options?: { hurry?: boolean }): Promise<void>;
}

/** The most hits a search returns: the largest `limit` a caller asks for (12 short-name candidates). */
export const MAX_LIMIT = 12;
/** Longest the background fill holds the event loop at a time. */
const WARM_SLICE_MS = 1;
/** The same when a command line waits for the fill: timers and I/O still run between slices. */
const HURRIED_SLICE_MS = 50;
/**
 * Pause between two slices of the fill: questions asked meanwhile run between slices, and one
 * question waits for a slice or two at most (a fifth of the thread goes to the fill while it lasts:
 * about 10 s at 100k reports on a busy machine).
 */
const WARM_PAUSE_MS = 4;
/** Documents added between two looks at the clock. */
const WARM_BATCH = 16;
/**
 * Documents a search adds at once when the fill is not done (a few milliseconds of work): a small
 * corpus is searched in full from its first question, a national one is never made to wait.
 */
const FILL_ON_SEARCH = 400;
/**
 * A query token with at most this many postings (agencies holding it, once per field) picks
 * candidates; more common ones (管理, 政府) only score them. In a corpus of a few thousand agencies
 * every token is selective and the search is MiniSearch's plain one.
 */
const SELECTIVE = 1000;
/** Postings of common tokens a search may read to pick candidates, rarest first: a few thousand agencies scored at most. */
const CANDIDATE_POSTINGS = 2000;
/** Query tokens whose postings are remembered; past it the count starts over. */
const COUNTED_TOKENS = 20_000;
/** Recent queries answered again from memory: a question searches its name once per way it is read. */
const CACHED_QUERIES = 256;

/**
 * The agency search over `documents`. Indexing takes seconds at 100k reports and most questions
 * never need it, so it is not built up front: `warm` fills it in the background a slice at a time.
 */
export function createAgencySearch(documents: readonly AgencyDocument[]): AgencySearch {
  const index = new MiniSearch<AgencyDocument>({
    fields: ["name", "places"],
    tokenize,
    processTerm: (term) => term,
    searchOptions: { boost: { name: 3 }, prefix: false, fuzzy: false, combineWith: "OR" },
  });
  /** Postings of the query tokens met so far: what makes a token selective. */
  const postings = new Map<string, number>();
  const cache = new Map<string, AgencyHit[]>();
  let added = 0;
  let warming = false;
  let stopped = false;
  let hurried = false;
  let timer: NodeJS.Timeout | null = null;
  let waiters: Array<() => void> = [];

  const full = (): boolean => added >= documents.length;
  const release = (): void => {
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  const settle = (): void => {
    if (!full()) return;
    warming = false;
    release();
  };
  const schedule = (): void => {
    timer = setTimeout(step, hurried || added === 0 ? 0 : WARM_PAUSE_MS);
    // Unless someone waits for it, a one-question command line exits without waiting for an index it never used.
    if (waiters.length === 0) timer.unref();
  };
  const step = (): void => {
    if (!warming) return;
    const until = performance.now() + (hurried ? HURRIED_SLICE_MS : WARM_SLICE_MS);
    while (added < documents.length && performance.now() < until) {
      for (const end = Math.min(documents.length, added + WARM_BATCH); added < end; added++) index.add(documents[added]!);
    }
    if (!full()) schedule();
    settle();
  };
  const warm = (): void => {
    if (warming || stopped || full()) return;
    warming = true;
    schedule();
  };

  /** The postings of `token`, counted once (a walk over them without scoring). */
  const postingsOf = (token: string): number => {
    let count = postings.get(token);
    if (count === undefined) {
      let n = 0;
      index.search(token, {
        boostDocument: () => {
          n++;
          return 0;
        },
      });
      if (postings.size >= COUNTED_TOKENS) postings.clear();
      postings.set(token, (count = n));
    }
    return count;
  };

  /** MiniSearch's ranking of `text`, over the agencies holding one of its selective tokens. */
  const lookUp = (text: string): AgencyHit[] => {
    const tokens = tokenize(text);
    // The selective tokens, then the next rarest while their postings add up to at most CANDIDATE_POSTINGS.
    const selective = new Set<string>();
    let read = 0;
    for (const [token, count] of [...new Set(tokens)].map((t) => [t, postingsOf(t)] as const).sort((a, b) => a[1] - b[1])) {
      if (count > SELECTIVE && read + count > CANDIDATE_POSTINGS) break;
      selective.add(token);
      read += count;
    }
    let options = {};
    if (tokens.some((t) => !selective.has(t))) {
      // The candidates are read off the selective tokens' postings without scoring them.
      const candidates = new Set<number>();
      index.search([...selective].join(" "), {
        boostDocument: (id: number) => {
          candidates.add(id);
          return 0;
        },
      });
      if (candidates.size === 0) return [];
      // The whole query scores them as the plain search would, in the same order.
      options = { boostDocument: (id: number) => (candidates.has(id) ? 1 : 0) };
    }
    return index
      .search(text, options)
      .slice(0, MAX_LIMIT)
      .map((r) => ({ id: r.id as number, score: r.score, matched: r.terms }));
  };

  return {
    search(text, limit) {
      if (!full()) {
        if (documents.length - added > FILL_ON_SEARCH) return [];
        for (; added < documents.length; added++) index.add(documents[added]!);
        settle();
      }
      let hits = cache.get(text);
      if (hits) cache.delete(text);
      else hits = lookUp(text);
      cache.set(text, hits);
      if (cache.size > CACHED_QUERIES) cache.delete(cache.keys().next().value!);
      return hits.slice(0, limit);
    },
    warm,
    stop() {
      warming = false;
      stopped = true;
      // Nothing waits for an index that will not fill.
      release();
    },
    ready(options) {
      if (full() || stopped) return Promise.resolve();
      if (options?.hurry) hurried = true;
      const filled = new Promise<void>((resolve) => waiters.push(resolve));
      if (warming) timer?.ref();
      else warm();
      return filled;
    },
  };
}
