/**
 * Short words people type for the longer ones reports write (官网 → 官方网站, 门户网站), from
 * `data/word-forms.json`.
 */
import table from "../../../data/word-forms.json" with { type: "json" };

const FORMS = Object.entries(table.forms as Record<string, string[]>);

/**
 * `text` with each short word the report does not write replaced by the longer form it does write
 * (官网 by 官方网站 in a report saying 通过官方网站主动公开), so the question is matched as the report words it.
 */
export function inReportWords(text: string, writes: (word: string) => boolean): string {
  let out = text;
  for (const [short, forms] of FORMS) {
    if (!out.includes(short) || writes(short)) continue;
    const written = forms.find(writes);
    if (written) out = out.split(short).join(written);
  }
  return out;
}
