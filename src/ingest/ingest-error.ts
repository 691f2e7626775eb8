/** Thrown when a file cannot be read as a report at all: undecodable, empty, or holding no report. */
export class IngestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "IngestError";
  }
}
