/** The `parseArgs` options every command line takes for its store (read by `cliStoreTarget`). */
export const STORE_OPTIONS = {
  db: { type: "string" },
  "database-url": { type: "string" },
} as const;
