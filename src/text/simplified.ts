/** Traditional script read as simplified, for the words the bot writes itself (labels, names); quotes stay as written. */
import { Converter } from "opencc-js";

const toSimplified = Converter({ from: "t", to: "cn" });

/** `text` in simplified script (`領導活動會議講話` → `领导活动会议讲话`). */
export function simplified(text: string): string {
  return toSimplified(text);
}
