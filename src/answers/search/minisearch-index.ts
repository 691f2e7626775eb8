/**
 * Fuzzy look-up over the catalogue's agencies (name and places), for questions whose agency the
 * exact place/kind decomposition cannot place: near matches for "not found" answers and short
 * names written out in full. The only file that imports MiniSearch. Defaults: bigram tokenizer for
 * documents and queries, prefix search off, fuzzy off (bigrams already tolerate a changed
 * character), name boosted ×3.
 */
import MiniSearch from "minisearch";
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
  search(text: string, limit: number): AgencyHit[];
  /** Starts filling the index in the background, a few milliseconds of the event loop at a time. */
  warm(): void;
  /** Stops a background fill: the index was replaced before it was needed. */
  stop(): void;
}

/** Documents added per background step: a few milliseconds of the event loop each. */
const WARM_CHUNK = 100;

/**
 * The agency search over `documents`. Indexing takes seconds at 100k reports and most questions
 * never need it, so it is not built up front: `warm` fills it in the background a chunk at a time,
 * and a search that comes first adds whatever is left before it looks.
 */
export function createAgencySearch(documents: readonly AgencyDocument[]): AgencySearch {
  const index = new MiniSearch<AgencyDocument>({
    fields: ["name", "places"],
    tokenize,
    processTerm: (term) => term,
    searchOptions: { boost: { name: 3 }, prefix: false, fuzzy: false, combineWith: "OR" },
  });
  let added = 0;
  let warming = false;
  const addUpTo = (end: number): void => {
    for (; added < end; added++) index.add(documents[added]!);
  };
  const step = (): void => {
    if (!warming) return;
    addUpTo(Math.min(documents.length, added + WARM_CHUNK));
    // Unref'd: a one-question command line exits without waiting for an index it never used.
    if (added < documents.length) setTimeout(step, 0).unref();
    else warming = false;
  };
  return {
    search(text, limit) {
      addUpTo(documents.length);
      return index
        .search(text)
        .slice(0, limit)
        .map((r) => ({ id: r.id as number, score: r.score, matched: r.terms }));
    },
    warm() {
      if (warming || added >= documents.length) return;
      warming = true;
      setTimeout(step, 0).unref();
    },
    stop() {
      warming = false;
    },
  };
}
