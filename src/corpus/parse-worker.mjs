// Starts a parse worker. A runtime that strips TypeScript types itself (Node 22.18 and later)
// loads the worker body as it is, keeping the stripped modules between runs
// (`typescript-cache.mjs`); an older one registers the TypeScript loader in this thread first,
// whatever runtime (tsx, vitest) started the main one.
import "../typescript-cache.mjs";

if (!process.features.typescript) {
  const { register } = await import("tsx/esm/api");
  register();
}
await import("./parse-worker.ts");
