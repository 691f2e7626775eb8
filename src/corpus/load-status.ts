/**
 * What the corpus is doing, for `/healthz` and `/stats`: whether a load runs (start-up, reload or
 * upload), how far it is, and how the last one ended.
 */
export type LoadKind = "start-up" | "reload" | "upload";

export interface LoadStatus {
  running: boolean;
  /** The running load, or null. */
  current: { kind: LoadKind; startedAt: string; done: number; total: number } | null;
  /** The last load that ended, or null before any has. */
  last: { kind: LoadKind; finishedAt: string; ms: number; files: number; failed: number; error: string | null } | null;
}

export class LoadTracker {
  #current: LoadStatus["current"] = null;
  #last: LoadStatus["last"] = null;
  #started = 0;

  begin(kind: LoadKind): void {
    this.#current = { kind, startedAt: new Date().toISOString(), done: 0, total: 0 };
    this.#started = performance.now();
  }

  progress(done: number, total: number): void {
    if (this.#current) Object.assign(this.#current, { done, total });
  }

  end(outcome: { files: number; failed: number } | { error: string }): void {
    const kind = this.#current?.kind ?? "reload";
    const ms = Math.round(performance.now() - this.#started);
    this.#last =
      "error" in outcome
        ? { kind, finishedAt: new Date().toISOString(), ms, files: 0, failed: 0, error: outcome.error }
        : { kind, finishedAt: new Date().toISOString(), ms, files: outcome.files, failed: outcome.failed, error: null };
    this.#current = null;
  }

  status(): LoadStatus {
    return { running: this.#current !== null, current: this.#current ? { ...this.#current } : null, last: this.#last };
  }
}
