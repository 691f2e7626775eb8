/** A half-open range `[start, end)` of UTF-16 indexes into some text. */
export interface Span {
  start: number;
  end: number;
}
