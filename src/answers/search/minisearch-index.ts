/**
 * Fuzzy look-up over the catalogue's agencies (name, places, latest title), for questions whose
 * agency the exact place/kind decomposition cannot place: near matches for "not found" answers.
 * The only file that imports MiniSearch. Defaults: bigram tokenizer for documents and queries,
 * prefix search off, fuzzy off (bigrams already tolerate a changed character), name boosted ×3.
 */
import MiniSearch from "minisearch";
import { tokenize } from "./bigram-tokenizer.ts";

export interface AgencyDocument {
  id: number;
  name: string;
  places: string;
  title: string;
}

export interface AgencyHit {
  id: number;
  score: number;
  /** Query tokens the hit shares with the document. */
  matched: string[];
}

export interface AgencySearch {
  search(text: string, limit: number): AgencyHit[];
}

/** Builds the agency search over `documents`. */
export function createAgencySearch(documents: readonly AgencyDocument[]): AgencySearch {
  const index = new MiniSearch<AgencyDocument>({
    fields: ["name", "places", "title"],
    tokenize,
    processTerm: (term) => term,
    searchOptions: { boost: { name: 3 }, prefix: false, fuzzy: false, combineWith: "OR" },
  });
  index.addAll(documents);
  return {
    search(text, limit) {
      return index
        .search(text)
        .slice(0, limit)
        .map((r) => ({ id: r.id as number, score: r.score, matched: r.terms }));
    },
  };
}
