/** The deadline calendar file is missing or does not have the expected shape. */
export class DeadlineCalendarError extends Error {
  override readonly name = "DeadlineCalendarError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(`reminders: ${message}`, options);
  }
}
