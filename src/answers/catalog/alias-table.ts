/**
 * The agency alias table (`data/aliases.json`): groups of names for one kind of agency, the
 * suffixes that end a place name, and the parts that rule a prefix out as a place.
 */
import aliases from "../../../data/aliases.json" with { type: "json" };

export interface KindGroup {
  key: string;
  forms: string[];
  /** Words that, written right after a form, make it part of another term (政府信息, 政府网站). */
  notBefore?: string[];
}

export interface KindMention {
  key: string;
  form: string;
  index: number;
}

const groups: KindGroup[] = aliases.kindGroups;
const formsLongestFirst = groups
  .flatMap((g) => g.forms.map((form) => ({ key: g.key, form, notBefore: g.notBefore ?? [] })))
  .sort((a, b) => b.form.length - a.form.length);

/** Key of the group of government names (人民政府): a place named alone means its government. */
export const GOVERNMENT_KEY: string = aliases.governmentKey;
/** The alias group of a government's general office (政府办, 人民政府办公室). */
export const GOVERNMENT_OFFICE_KEY: string = aliases.governmentOfficeKey;
/** Place suffixes, longest first. */
export const PLACE_SUFFIXES: readonly string[] = [...aliases.placeSuffixes].sort((a, b) => b.length - a.length);
/** Parts that cannot occur in a place name (住房和城乡建设局 holds 乡 but no place). */
export const NOT_PLACE_PARTS: readonly string[] = aliases.notPlaceParts;

/** Every group a catalogue agency kind belongs to (all forms it contains). */
export function kindGroupsOf(kind: string): string[] {
  const keys = new Set<string>();
  for (const { key, form } of formsLongestFirst) if (kind.includes(form)) keys.add(key);
  return [...keys];
}

/** The kinds a question names: longest forms first, never two overlapping. */
export function kindMentions(text: string): KindMention[] {
  const taken = new Array<boolean>(text.length).fill(false);
  const out: KindMention[] = [];
  for (const { key, form, notBefore } of formsLongestFirst) {
    let from = 0;
    for (;;) {
      const index = text.indexOf(form, from);
      if (index < 0) break;
      from = index + 1;
      if (taken.slice(index, index + form.length).some(Boolean)) continue;
      if (notBefore.some((w) => text.startsWith(w, index + form.length))) continue;
      taken.fill(true, index, index + form.length);
      out.push({ key, form, index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const placeAuthorities: readonly string[] = aliases.placeAuthorityKinds;

/**
 * True when `kind` is a government name itself (人民政府), not an office of it, or the authority
 * that governs the place it is named after (a development zone's 管理委员会).
 */
export function isGovernmentKind(kind: string): boolean {
  return groups.find((g) => g.key === GOVERNMENT_KEY)!.forms.includes(kind) || placeAuthorities.includes(kind);
}

/** True when `kind` is the authority governing a zone named before it (管理委员会), not a people's government. */
export function isPlaceAuthorityKind(kind: string): boolean {
  return placeAuthorities.includes(kind);
}
