/** The store could not be opened, migrated or written as required; `cause` holds the driver's error. */
export class StoreError extends Error {
  override readonly name = "StoreError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
