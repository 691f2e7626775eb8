/**
 * The labels of a page's header fields (索引号, 发布机构, 发布日期 …), from
 * `data/header-fields.json`, grouped by what the field holds: read by ingest, which takes the header
 * apart, and by answers, which quote a field's value.
 */
import headerFields from "../../data/header-fields.json" with { type: "json" };

/** What a header field holds. */
export type HeaderFieldGroup = Exclude<keyof typeof headerFields, "_">;

/** The labels of the given groups, as written (no spacing). */
export function headerLabels(...groups: HeaderFieldGroup[]): string[] {
  return groups.flatMap((g) => headerFields[g]);
}

/**
 * An alternation of the labels of the given groups, longest first; with `spaced`, each label may be
 * spaced out to fill its cell (索 引 号).
 */
export function headerLabelPattern(groups: readonly HeaderFieldGroup[], spaced = false): string {
  return headerLabels(...groups)
    .sort((a, b) => b.length - a.length)
    .map((label) => (spaced ? [...label].join("\\s*") : label))
    .join("|");
}
