/**
 * The kind of office a report that calls itself only 我局 or 我委 is, read from the field of work it
 * writes about most (交通运输工作 … → 交通运输局), among the kinds the alias table knows; and the national
 * organ a report calling itself 总局 or 我部 is, by the same reading (体育 … → 国家体育总局).
 */
import aliases from "../../data/aliases.json" with { type: "json" };
import { allOrgans, type Organ } from "../places/organs.ts";

/** Every way the alias table writes a kind of office (地税局, 地方税务局, 发改委 …). */
export const OFFICE_KIND_FORMS: readonly string[] = aliases.kindGroups.flatMap((g) => g.forms);

/** Mentions the leading field needs, and how far ahead of the next it must be. */
const MIN_MENTIONS = 3;
const LEAD_FACTOR = 2;

// Each kind the alias table writes out in full, by the field word before its office word, with its group.
const KINDS = new Map<string, { kind: string; group: string }>();
for (const group of aliases.kindGroups) {
  for (const form of group.forms) {
    const m = /^([\u4e00-\u9fff]{2,8}?)(局|委员会|厅|办公室|办)$/.exec(form);
    if (m && !KINDS.has(`${m[1]}|${m[2]}`)) KINDS.set(`${m[1]}|${m[2]}`, { kind: form, group: group.key });
  }
  // A line of work only this kind writes of (不动产登记) counts for its first form of each office word.
  const topics: readonly string[] = ("topics" in group ? group.topics : undefined) ?? [];
  for (const office of ["局", "委员会", "厅"]) {
    const kind = group.forms.find((f) => f.endsWith(office) && KINDS.get(`${f.slice(0, -office.length)}|${office}`)?.kind === f);
    for (const topic of kind ? topics : []) if (!KINDS.has(`${topic}|${office}`)) KINDS.set(`${topic}|${office}`, { kind: kind!, group: group.key });
  }
}

// Words that hold a field's name without being of it: 人民政府 holds 民政.
const HOLDING_A_FIELD = /人民政府/gu;

// Fields every report writes of (统计期限, 网站建设): one tells the report's own only named as an office or a line of work.
const EVERY_FIELD = new Set<string>(aliases.everyFieldWords);
const OWN_FIELD_AFTER = /^(?:局|委|厅|系统|行业|部门)/u;

/**
 * The kind (交通运输局) of an office whose report refers to itself as `office` (局, 委员会, 厅), or null.
 * The fields of one kind of office count together (自然资源, 国土, 自然资源和规划 of the same bureau),
 * each place counted once, by the longest field written there; the kind is the form of the leading
 * group whose own field is written most.
 */
export function officeByDomain(original: string, office: string): string | null {
  const text = original.replace(HOLDING_A_FIELD, (w) => "\u3000".repeat(w.length));
  // Where each field is written, found by a search per field, then at each place the longest one written there.
  const written: Array<{ at: number; field: string; kind: string; group: string }> = [];
  for (const [key, k] of KINDS) {
    const [field, word] = key.split("|") as [string, string];
    if (word !== office) continue;
    for (let at = text.indexOf(field); at >= 0; at = text.indexOf(field, at + 1)) {
      if (!EVERY_FIELD.has(field) || OWN_FIELD_AFTER.test(text.slice(at + field.length))) written.push({ at, field, ...k });
    }
  }
  written.sort((a, b) => a.at - b.at || b.field.length - a.field.length);
  const byGroup = new Map<string, { field: string; n: number; forms: Map<string, number> }>();
  let taken = 0;
  for (const found of written) {
    if (found.at < taken) continue;
    taken = found.at + found.field.length;
    const group = byGroup.get(found.group) ?? { field: found.group, n: 0, forms: new Map<string, number>() };
    group.n++;
    group.forms.set(found.kind, (group.forms.get(found.kind) ?? 0) + 1);
    byGroup.set(found.group, group);
  }
  const leading = leadingField([...byGroup.values()]);
  if (!leading) return null;
  // Of equal counts, the fuller form (自然资源和规划局 before 自然资源局).
  return [...leading.forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

// The field written clearly most often: 交通 counted mostly inside 交通运输 is that field, not one of its own.
function leadingField<T extends { field: string; n: number }>(counts: readonly T[]): T | null {
  const fields = counts.filter((c) => !counts.some((o) => o !== c && o.field.includes(c.field) && o.n * 2 >= c.n));
  fields.sort((a, b) => b.n - a.n);
  const [best, next] = fields;
  return !best || best.n < MIN_MENTIONS || (next && best.n < next.n * LEAD_FACTOR) ? null : best;
}

/**
 * How a national organ's report refers to itself where it writes no name: a bare 总局 (总局把政府网站作为…)
 * or 总署, or 我部 and 我署. Each is the ending of the organs it can stand for.
 */
const ORGAN_SELF_WORDS: ReadonlyArray<{ ending: string; said: RegExp }> = [
  { ending: "总局", said: /总局/g },
  { ending: "总署", said: /总署/g },
  { ending: "部", said: /[我本该]部(?![门分])/g },
  { ending: "署", said: /[我本该]署/g },
];
/** Times a report must call itself so before its field's words may name the organ. */
const MIN_SELF_WORDS = 2;

// Each organ's field: its name without the state's words before it and its kind after it (体育 of 国家体育总局).
const ORGAN_FIELDS = allOrgans().flatMap((organ) => {
  const self = ORGAN_SELF_WORDS.find((w) => organ.name.endsWith(w.ending));
  const field = self ? organ.name.replace(/^(?:中华人民共和国|国家|中国)/u, "").slice(0, -self.ending.length) : "";
  return field.length >= 2 ? [{ organ, self: self!, field }] : [];
});

/**
 * The national organ a report writing no name is about, read from how it calls itself (总局, 我部)
 * and the field it writes about most (体育 ×5 beside 总局 ×4 → 国家体育总局), or undefined.
 */
export function organByDomain(text: string): Organ | undefined {
  // Each way of calling oneself counted once, not once an organ ending with it.
  const said = new Set(ORGAN_SELF_WORDS.filter((w) => (text.match(w.said)?.length ?? 0) >= MIN_SELF_WORDS));
  if (said.size === 0) return undefined;
  const counts = ORGAN_FIELDS.filter((f) => said.has(f.self)).map((f) => ({ ...f, n: text.split(f.field).length - 1 }));
  return leadingField(counts.filter((c) => c.n > 0))?.organ;
}

/** The kind (民政局) whose field is `field` (民政) and whose office word is `office` (局), or null. */
export function kindOfField(field: string, office: string): string | null {
  // An office saying 我办 goes by 办 as often as by 办公室 (人防办, 人民防空办公室).
  return KINDS.get(`${field}|${office}`)?.kind ?? (office === "办公室" ? (KINDS.get(`${field}|办`)?.kind ?? null) : null);
}

/** The fields a name of an office belongs to by the alias table (城管 of 城管执法局), longest form first matched. */
export function fieldsOfKind(name: string): string[] {
  // A government is no field (政府 of 人民政府 stands before every 信息公开).
  return aliases.kindGroups.filter((g) => g.key.length >= 2 && g.key !== aliases.governmentKey && g.forms.some((f) => name.endsWith(f))).map((g) => g.key);
}
