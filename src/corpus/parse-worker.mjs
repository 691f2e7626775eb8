// Starts a parse worker: registers the TypeScript loader in this thread, then loads the worker body.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
