/**
 * National organs of the State Council, by full name and the short names people use (人社部,
 * 国管局), from `data/organs.json`; and the words local offices of vertical systems end with
 * (海南海事局, 拱北海关). Shared by ingest and answers.
 */
import data from "../../data/organs.json" with { type: "json" };

export interface Organ {
  name: string;
  short: readonly string[];
  /** Its official English name (China Meteorological Administration), where the table gives one. */
  en?: string;
}

const organs: readonly Organ[] = data.organs;
// English names longest first, so Ministry of Ecology and Environment is not read as a shorter one.
const byEnglish = organs.filter((o) => o.en).sort((a, b) => b.en!.length - a.en!.length);
const ENGLISH_NAMES_HOLD_LETTERS = byEnglish.every((o) => /[a-z]/.test(o.en!.toLowerCase()));
const byForm = new Map<string, Organ>();
for (const o of organs) for (const form of [o.name, ...o.short]) byForm.set(form, o);
// Forms by the code of their first UTF-16 unit, longest first, so a scan tries only the forms
// that can start there (and makes no string of the unit to look them up).
const formsByOpening = new Map<number, string[]>();
for (const form of [...byForm.keys()].sort((a, b) => b.length - a.length)) {
  const list = formsByOpening.get(form.charCodeAt(0));
  if (list) list.push(form);
  else formsByOpening.set(form.charCodeAt(0), [form]);
}
const VERTICAL = new RegExp(`(?:${[...data.verticalOffices].sort((a, b) => b.length - a.length).join("|")})$`);

/** The state's name some reports write before an organ's (中华人民共和国水利部): no part of the organ's name. */
const STATE_PREFIX = "中华人民共和国";

/**
 * The organ a name or short name stands for (人力资源社会保障部 → 人力资源和社会保障部), written with
 * the state's name before it or not (中华人民共和国水利部 → 水利部), or undefined.
 */
export function organNamed(form: string): Organ | undefined {
  return byForm.get(form) ?? (form.startsWith(STATE_PREFIX) ? byForm.get(form.slice(STATE_PREFIX.length)) : undefined);
}

/** The organ whose name or short name `text` opens with at `at` (longest form first), or undefined. */
export function organAt(text: string, at: number): { form: string; organ: Organ } | undefined {
  const form = formsByOpening.get(text.charCodeAt(at))?.find((f) => text.startsWith(f, at));
  return form === undefined ? undefined : { form, organ: byForm.get(form)! };
}

/** Every organ written in `text`, longest form first at each place, with where it starts. */
export function organMentions(text: string): Array<{ at: number; form: string; organ: Organ }> {
  const out: Array<{ at: number; form: string; organ: Organ }> = [];
  for (let i = 0; i < text.length; i++) {
    const found = organAt(text, i);
    if (!found) continue;
    out.push({ at: i, ...found });
    i += found.form.length - 1;
  }
  return out;
}

/** The organs a translated copy names in English in `text`, in the order first written. */
export function organsInEnglish(text: string): Organ[] {
  const lowered = text.toLowerCase();
  // Every English name holds a Latin letter: a text without one (most) names none.
  if (ENGLISH_NAMES_HOLD_LETTERS && !/[a-z]/.test(lowered)) return [];
  const lower = lowered.replace(/\s+/g, " ");
  const found: Array<{ at: number; organ: Organ }> = [];
  const taken: Array<[number, number]> = [];
  for (const organ of byEnglish) {
    const at = lower.indexOf(organ.en!.toLowerCase());
    if (at < 0 || taken.some(([s, e]) => at < e && at + organ.en!.length > s)) continue;
    taken.push([at, at + organ.en!.length]);
    found.push({ at, organ });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.organ);
}

/** A body governing as a province does without being a division (新疆生产建设兵团, short 兵团). */
export interface ProvincialBody {
  name: string;
  short: readonly string[];
  /** The province it lies in. */
  province: string;
}

const bodyForms = data.provincialBodies
  .flatMap((body) => [body.name, ...body.short].map((form) => ({ form, body })))
  .sort((a, b) => b.form.length - a.form.length);

/** The provincial body of this full name, or undefined. */
export function provincialBodyNamed(name: string): ProvincialBody | undefined {
  return data.provincialBodies.find((body) => body.name === name);
}

/** The provincial body whose name or short name `text` opens with at `at`, or undefined. */
export function provincialBodyAt(text: string, at = 0): { form: string; body: ProvincialBody } | undefined {
  return bodyForms.find((f) => text.startsWith(f.form, at));
}

/** Whether `name` is a local office of a vertical system (海南海事局, 铜鼓公路分局). */
export function isVerticalOffice(name: string): boolean {
  return VERTICAL.test(name);
}

/**
 * A vertical system's local office written after its national organ (国家税务总局珠海市香洲区税务局):
 * the organ and the office's own name (珠海市香洲区税务局), or undefined for any other name.
 */
export function localOfficeOf(name: string): { organ: Organ; office: string } | undefined {
  const from = name.startsWith(STATE_PREFIX) ? STATE_PREFIX.length : 0;
  const at = organAt(name, from);
  if (!at) return undefined;
  const office = name.slice(from + at.form.length);
  return office.length > 3 && isVerticalOffice(office) ? { organ: at.organ, office } : undefined;
}

/** Every organ of the table. */
export function allOrgans(): readonly Organ[] {
  return organs;
}
