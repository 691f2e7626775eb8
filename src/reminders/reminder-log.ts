/** A pino-style logger (fields first, message second); `console` fits too. */
export interface ReminderLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}
