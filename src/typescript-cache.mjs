/**
 * The project's TypeScript modules with their types stripped, kept on disk between runs. Node
 * strips a module's types each time a thread loads it, with a parser (amaro) it loads first: about
 * 0.3 CPU-seconds in each parse thread and 0.2 in the main thread of `npm run ingest`, every run.
 * Importing this module registers, for the importing thread, a hook that hands Node the text
 * stripped the last time a module's source was the same, so a thread that finds them all never
 * loads that parser; it strips (and keeps) the others as Node would. Plain JavaScript, so it runs
 * before any TypeScript: `--import` it, or import it before the first `.ts` module. It does
 * nothing on a runtime without type stripping or synchronous module hooks (Node 20 through tsx),
 * with `--experimental-transform-types`, or with source maps on; where the cache folder cannot be
 * written, modules are stripped as before.
 *
 * One file per module (named by a hash of its URL and the parser's version) holds a hash of the
 * source it was stripped from and the stripped text: an edited module is stripped again and its
 * file replaced, so the folder holds one file per module.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { fileURLToPath } from "node:url";

// `NIANBAO_TYPESCRIPT_CACHE` names another folder (tests).
const FOLDER = `${process.env.NIANBAO_TYPESCRIPT_CACHE ?? fileURLToPath(new URL("../node_modules/.cache/nianbao-typescript", import.meta.url))}/`;

const { registerHooks, stripTypeScriptTypes } = nodeModule;
if (typeof registerHooks === "function" && typeof stripTypeScriptTypes === "function" && process.features.typescript === "strip" && !process.sourceMapsEnabled) {
  registerHooks({
    load(url, context, nextLoad) {
      const loaded = nextLoad(url, context);
      if (loaded.format !== "module-typescript" || !url.startsWith("file:") || url.includes("/node_modules/")) return loaded;
      return { format: "module", source: stripped(url, String(loaded.source), stripTypeScriptTypes), shortCircuit: true };
    },
  });
}

function stripped(url, source, strip) {
  const entry = `${FOLDER}${hash(`${process.versions.amaro}\0${url}`)}.js`;
  const sourceHash = hash(source);
  try {
    const kept = readFileSync(entry, "utf8");
    const newline = kept.indexOf("\n");
    if (kept.slice(0, newline) === sourceHash) return kept.slice(newline + 1);
  } catch {
    // Not kept yet.
  }
  const text = quietly(() => strip(source, { mode: "strip", sourceUrl: url }));
  try {
    mkdirSync(FOLDER, { recursive: true });
    // Written whole under another name first: a thread reading the entry meanwhile sees the old one or the new one.
    const temporary = `${entry}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(temporary, `${sourceHash}\n${text}`);
    renameSync(temporary, entry);
  } catch {
    // A folder that cannot be written: the module is stripped again next time.
  }
  return text;
}

function hash(text) {
  return createHash("sha256").update(text).digest("hex");
}

// The public stripping function announces itself as experimental, which the stripping Node does
// on its own does not: the notice is about this module, not what the user ran, so it is not shown.
function quietly(work) {
  const { emitWarning } = process;
  process.emitWarning = () => undefined;
  try {
    return work();
  } finally {
    process.emitWarning = emitWarning;
  }
}
