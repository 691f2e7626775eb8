/**
 * A PostgreSQL URL as logs and messages show it. Apart from the connection itself
 * (`postgres-connection.ts`), so naming a database does not load the `pg` driver.
 */

/** The URL with its password masked, for logs and error messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://…";
  }
}
