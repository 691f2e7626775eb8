/**
 * Table rows pasted from a spreadsheet or word processor with their cells parted by tabs, written
 * with the ` | ` cell marks of the other flattened tables, so a quoted row keeps its cells apart
 * (`76\t0` would read as one number once white space is dropped).
 */

/** `text` with each tab inside a line turned into ` | `; indentation and trailing tabs are dropped. */
export function tabCellsToPipes(text: string): string {
  if (!text.includes("\t")) return text;
  return text.replace(/[^\n]*\t[^\n]*/g, (line) => {
    const cr = line.endsWith("\r") ? "\r" : "";
    const body = line.slice(0, line.length - cr.length).replace(/^[\t ]+|[\t ]+$/g, "");
    return body.replace(/ *\t */g, " | ") + cr;
  });
}
