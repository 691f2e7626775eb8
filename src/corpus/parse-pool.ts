/**
 * Parsing off the event loop: a pool of worker threads (one per core by default) that run
 * `parseSource`, so a load or an upload never stalls the fronts. `inlineParser` parses on the
 * calling thread, for tests and one-off tools that have no loop to keep free.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ParsedFile } from "../domain/report.ts";
import type { ParseInput } from "../ingest/parse-file.ts";
import type { OriginalText } from "../ingest/read-original.ts";
import { fromPosted, type PostedFile } from "./posted-file.ts";

/** Something that parses a report file; a rejection carries the parser's message. */
export interface Parser {
  parse(input: ParseInput): Promise<ParsedFile>;
  /** Files it can usefully hold at once (a load keeps at least that many in flight). */
  readonly parallelism: number;
  close(): Promise<void>;
}

export interface ParsePoolOptions {
  /** Worker threads (default: the number of cores). */
  threads?: number;
  /**
   * Niceness of the threads (default 0; Linux applies it per thread): a server gives its parse
   * threads 10 so that on a busy machine answers and writes on the main thread get the CPU first.
   */
  niceness?: number;
  /**
   * Start the threads now and have each load the parser and its dictionaries before the first
   * file (default false: threads start with the first file). A command that is about to parse
   * gets that start-up done while it opens the store and lists the files.
   */
  eager?: boolean;
  /**
   * Each thread's young generation, in MB (default: V8's, 48 MB on 64-bit machines). Parsing
   * makes short-lived objects by the hundreds of megabytes: a command parsing a whole folder gives
   * 96, which halves the minor collections and saves about a third of their time for some 35 MB
   * more memory per thread.
   */
  youngGenerationMb?: number;
  /**
   * Decode each file (and read an HTML page's text) on the calling thread, and post the threads
   * that text rather than the bytes (default false; PDFs go as bytes). For a command whose own
   * thread would otherwise wait while the threads parse: the threads do that much less, and the
   * text they are given is not posted back. A server keeps it off its event loop.
   */
  readsText?: boolean;
}

/**
 * Parse threads for a load whose main thread reads, hashes and writes the files: one per core but
 * one, at least one. Each thread loads the parser and compiles it again (about 2 CPU-seconds), and
 * the main thread's work with V8's compiler threads keeps a core busy: on 2 cores a 20 MB load took
 * about a quarter fewer CPU-seconds with one parse thread than with two, and no longer.
 */
export function loadThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** A parse failure inside a worker; its message is the parser's. */
export class ParseError extends Error {}

/** The pool was closed (the server is stopping): not the file's fault, so a load stops rather than record it as failed. */
export class PoolClosedError extends Error {
  constructor() {
    super("parse pool: closed");
  }
}

export const inlineParser: Parser = {
  // Loaded on first use: a server that parses in its pool never loads the parser on its main thread.
  parse: async (input) => (await import("../ingest/parse-source.ts")).parseSource(input),
  parallelism: 1,
  close: async () => undefined,
};

// A plain-JavaScript entry that registers the TypeScript loader in the thread, whatever runtime
// (tsx, vitest) started the main one.
const WORKER_URL = new URL("./parse-worker.mjs", import.meta.url);

interface Job {
  id: number;
  input: ParseInput;
  /** The file's original text, when read on this thread (`readsText`): posted instead of the bytes. */
  text: OriginalText | null;
  resolve(parsed: ParsedFile): void;
  reject(error: Error): void;
}

// A PDF's text layer is read in the threads, whatever reads the other files.
const PDF_NAME = /\.pdf$/i;

// Loaded on first use, and only by a pool that reads text: a server never loads the decoders on its main thread.
let textReader: Promise<typeof import("../ingest/read-original.ts")> | null = null;

interface Slot {
  worker: Worker;
  /** Files sent to the thread and not yet answered, oldest first. */
  jobs: Job[];
}

/**
 * Files sent to a thread at once: the next ones wait in the thread's own queue, so the thread
 * starts on one as soon as it answers the last, not after its answer reached this thread and a
 * new file came back (a round trip that waits for this thread's own work, such as a batch write,
 * which outlasts one file: with two in flight the parse thread of `npm run ingest` waited for
 * files about a tenth of its time).
 */
const JOBS_PER_THREAD = 4;

export function createParsePool(options: ParsePoolOptions = {}): Parser {
  const size = Math.max(1, options.threads ?? availableParallelism());
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(WORKER_URL, {
      execArgv: [],
      workerData: { niceness: options.niceness ?? 0, warm: options.eager ?? false },
      ...(options.youngGenerationMb ? { resourceLimits: { maxYoungGenerationSizeMb: options.youngGenerationMb } } : {}),
    });
    const slot: Slot = { worker, jobs: [] };
    slot.worker.unref();
    slot.worker.on("message", (message: { id: number; parsed?: PostedFile; error?: string }) => {
      const at = slot.jobs.findIndex((j) => j.id === message.id);
      if (at >= 0) {
        const [job] = slot.jobs.splice(at, 1);
        if (message.error !== undefined) job!.reject(new ParseError(message.error));
        else job!.resolve(fromPosted(message.parsed!, job!.text?.original));
      }
      pump();
    });
    // A worker that dies (out of memory, a crash in native code) fails its files and is replaced.
    slot.worker.on("error", (error) => {
      for (const job of slot.jobs.splice(0)) job.reject(new ParseError(`parser crashed: ${error.message}`));
    });
    slot.worker.on("exit", () => {
      const at = slots.indexOf(slot);
      if (at < 0) return;
      for (const job of slot.jobs.splice(0)) job.reject(new ParseError("parser thread exited"));
      slots.splice(at, 1);
      if (!closed) slots.push(spawn());
      pump();
    });
    return slot;
  };

  const pump = () => {
    // Each file goes to the thread holding the fewest, so threads share the queue evenly.
    while (queue.length > 0) {
      let slot: Slot | null = null;
      for (const s of slots) if (s.jobs.length < JOBS_PER_THREAD && (slot === null || s.jobs.length < slot.jobs.length)) slot = s;
      if (slot === null) break;
      const job = queue.shift()!;
      slot.jobs.push(job);
      slot.worker.ref();
      const content = job.text ? { text: job.text } : { bytes: job.input.bytes };
      slot.worker.postMessage({ id: job.id, ...content, name: job.input.name, meta: job.input.meta });
    }
    // Idle workers must not keep a finished CLI alive.
    for (const slot of slots) if (slot.jobs.length === 0) slot.worker.unref();
  };

  if (options.eager) while (slots.length < size) slots.push(spawn());

  return {
    parallelism: size * JOBS_PER_THREAD,
    async parse(input) {
      if (closed) throw new PoolClosedError();
      // Threads start with the first file: loading the parser in each costs CPU a server needs to start listening.
      while (slots.length < size) slots.push(spawn());
      let text: OriginalText | null = null;
      if (options.readsText && !PDF_NAME.test(input.name)) {
        const { readOriginal } = await (textReader ??= import("../ingest/read-original.ts"));
        try {
          text = readOriginal(input.bytes, input.name);
        } catch (error) {
          throw new ParseError(error instanceof Error ? error.message : String(error));
        }
        if (closed) throw new PoolClosedError();
      }
      return new Promise<ParsedFile>((resolve, reject) => {
        queue.push({ id: nextId++, input, text, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new PoolClosedError());
      const all = slots.splice(0);
      for (const slot of all) for (const job of slot.jobs.splice(0)) job.reject(new PoolClosedError());
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
