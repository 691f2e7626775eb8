/**
 * The one entry to the corpus for every front: the start-up load and `/reload` of the data
 * directory, uploads, the status of the load running, and the figures /stats shows. Loads run one after another, parsed by
 * the service's parser (a worker pool in the server), so the event loop stays free for answers.
 */
import { readCounters } from "../store/counter.repository.ts";
import { withLoadLock } from "../store/load-lock.ts";
import { readCorpusStats, readIdentityStats, type CorpusStats, type IdentityStats } from "../store/stats.repository.ts";
import type { Store } from "../store/db.ts";
import { ingestPaths } from "./ingest-paths.ts";
import type { IngestSummary } from "./ingest-summary.ts";
import { ingestUpload, type UploadResult } from "./ingest-upload.ts";
import { LoadTracker, type LoadKind, type LoadStatus } from "./load-status.ts";
import { inlineParser, type Parser } from "./parse-pool.ts";
import { describe } from "./scan-paths.ts";

export interface CorpusServiceDeps {
  store: Store;
  dataDir: string;
  /** Default: parse on the calling thread. */
  parser?: Parser;
  /** Told of the reports each load added or replaced. */
  onNewReports?: (reports: IngestSummary["addedReports"]) => void;
  /** Stops waiting for another instance's load of the same database (PostgreSQL). */
  signal?: AbortSignal;
}

/** What the corpus holds and how often it was asked, as /stats shows it. */
export interface CorpusFigures {
  corpus: CorpusStats;
  identity: IdentityStats;
  /** Every named counter (questions answered …). */
  counters: Record<string, number>;
}

// Agencies the identity figures name at most.
const IDENTITY_LEADERS = 20;

export interface CorpusService {
  /** Loads `dataDir`, removing stored files gone from it. */
  reload(kind?: Extract<LoadKind, "start-up" | "reload">): Promise<IngestSummary>;
  /** Checks, saves into `dataDir` and loads one uploaded file. */
  upload(name: string, bytes: Uint8Array): Promise<UploadResult>;
  status(): LoadStatus;
  /** What the store holds now. */
  stats(): Promise<CorpusFigures>;
}

export function createCorpusService(deps: CorpusServiceDeps): CorpusService {
  const tracker = new LoadTracker();
  const parser = deps.parser ?? inlineParser;
  let queue: Promise<unknown> = Promise.resolve();

  function run<T>(kind: LoadKind, work: () => Promise<T>, count: (result: T) => { files: number; failed: number }): Promise<T> {
    const next = queue.catch(() => undefined).then(async () => {
      tracker.begin(kind);
      try {
        const result = await work();
        tracker.end(count(result));
        return result;
      } catch (error) {
        tracker.end({ error: describe(error) });
        throw error;
      }
    });
    queue = next;
    return next;
  }

  const announce = (summary: IngestSummary) => {
    if (summary.addedReports.length > 0) deps.onNewReports?.(summary.addedReports);
  };

  return {
    reload(kind = "reload") {
      return run(
        kind,
        async () => {
          // Instances sharing a PostgreSQL database load DATA_DIR one at a time; the others serve
          // what is committed meanwhile, then check the files themselves (unchanged ones cost a stat).
          const summary = await withLoadLock(
            deps.store.db,
            () =>
              ingestPaths(deps.store, [deps.dataDir], {
                removeMissing: true,
                parser,
                onProgress: ({ done, total }) => tracker.progress(done, total),
              }),
            deps.signal ? { signal: deps.signal } : {},
          );
          if (summary === null) throw new Error("corpus: stopped waiting for another instance's load");
          announce(summary);
          return summary;
        },
        (s) => ({ files: s.files, failed: s.failed.length }),
      );
    },
    upload(name, bytes) {
      return run(
        "upload",
        async () => {
          const result = await ingestUpload(deps.store, name, bytes, deps.dataDir, parser);
          if (result.status === "ingested") announce(result.summary);
          return result;
        },
        (r) => ({ files: 1, failed: r.status === "rejected" ? 1 : 0 }),
      );
    },
    status: () => tracker.status(),
    async stats() {
      const [corpus, identity, counters] = await Promise.all([
        readCorpusStats(deps.store.db),
        readIdentityStats(deps.store.db, IDENTITY_LEADERS),
        readCounters(deps.store.db),
      ]);
      return { corpus, identity, counters };
    },
  };
}
