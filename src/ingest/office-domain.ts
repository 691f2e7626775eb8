/**
 * The kind of office a report that calls itself only 我局 or 我委 is, read from the field of work it
 * writes about most (交通运输工作 … → 交通运输局), among the kinds the alias table knows.
 */
import aliases from "../../data/aliases.json" with { type: "json" };

/** Mentions the leading field needs, and how far ahead of the next it must be. */
const MIN_MENTIONS = 3;
const LEAD_FACTOR = 2;

// Each kind the alias table writes out in full, by the field word before its office word.
const KINDS = new Map<string, string>();
for (const group of aliases.kindGroups) {
  for (const form of group.forms) {
    const m = /^([\u4e00-\u9fff]{2,8}?)(局|委员会|厅)$/.exec(form);
    if (m && !KINDS.has(`${m[1]}|${m[2]}`)) KINDS.set(`${m[1]}|${m[2]}`, form);
  }
}

// Fields every report writes of (统计期限, 网站建设): one tells the report's own only named as an office or a line of work.
const EVERY_FIELD = new Set<string>(aliases.everyFieldWords);
const OWN_FIELD_AFTER = /^(?:局|委|厅|系统|行业|部门)/u;

/** The kind (交通运输局) of an office whose report refers to itself as `office` (局, 委员会, 厅), or null. */
export function officeByDomain(text: string, office: string): string | null {
  const counts: Array<{ field: string; kind: string; n: number }> = [];
  for (const [key, kind] of KINDS) {
    const [field, word] = key.split("|") as [string, string];
    if (word !== office) continue;
    let n = 0;
    for (let at = text.indexOf(field); at >= 0; at = text.indexOf(field, at + field.length)) {
      if (!EVERY_FIELD.has(field) || OWN_FIELD_AFTER.test(text.slice(at + field.length))) n++;
    }
    if (n > 0) counts.push({ field, kind, n });
  }
  // 交通 counted mostly inside 交通运输 is that field, not one of its own.
  const fields = counts.filter((c) => !counts.some((o) => o !== c && o.field.includes(c.field) && o.n * 2 >= c.n));
  fields.sort((a, b) => b.n - a.n);
  const [best, next] = fields;
  if (!best || best.n < MIN_MENTIONS || (next && best.n < next.n * LEAD_FACTOR)) return null;
  return best.kind;
}

/** The kind (民政局) whose field is `field` (民政) and whose office word is `office` (局), or null. */
export function kindOfField(field: string, office: string): string | null {
  return KINDS.get(`${field}|${office}`) ?? null;
}

/** The fields a name of an office belongs to by the alias table (城管 of 城管执法局), longest form first matched. */
export function fieldsOfKind(name: string): string[] {
  // A government is no field (政府 of 人民政府 stands before every 信息公开).
  return aliases.kindGroups.filter((g) => g.key.length >= 2 && g.key !== aliases.governmentKey && g.forms.some((f) => name.endsWith(f))).map((g) => g.key);
}
