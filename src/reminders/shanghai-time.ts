/**
 * Calendar arithmetic in Asia/Shanghai, whatever zone the server runs in. China keeps one fixed
 * offset (+08:00, no daylight saving), so a fixed shift is exact. Dates are ISO `YYYY-MM-DD` strings.
 */

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** The Shanghai calendar date at an instant. */
export function shanghaiDate(at: Date): IsoDate {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** A wall-clock time of day. */
export interface DailyTime {
  hour: number;
  minute: number;
}

/** The instant the Shanghai wall clock shows `at` on a Shanghai calendar date. */
export function shanghaiInstant(date: IsoDate, at: DailyTime): Date {
  const time = `${String(at.hour).padStart(2, "0")}:${String(at.minute).padStart(2, "0")}`;
  return new Date(Date.parse(`${date}T${time}:00+08:00`));
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
