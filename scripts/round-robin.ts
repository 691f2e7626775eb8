/**
 * A tiny round-robin HTTP proxy for trying several instances behind one address: each request
 * goes to the next upstream in turn, body and headers passed through. Not for production (no
 * health checks, no retries); a real load balancer does this.
 *
 *   npx tsx scripts/round-robin.ts --port 8080 http://127.0.0.1:3001 http://127.0.0.1:3002
 */
import { request as httpRequest, createServer, Agent } from "node:http";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ options: { port: { type: "string", default: "8080" } }, allowPositionals: true });
if (positionals.length === 0) {
  console.error("usage: npx tsx scripts/round-robin.ts [--port 8080] <upstream URL>...");
  process.exit(2);
}
const upstreams = positionals.map((url) => new URL(url));
// Kept-alive connections, as a load balancer keeps them: a new TCP connection per request would measure the proxy.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
let next = 0;

const server = createServer((incoming, outgoing) => {
  const upstream = upstreams[next++ % upstreams.length]!;
  const proxied = httpRequest(
    { agent, host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
    (response) => {
      outgoing.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(outgoing);
    },
  );
  proxied.on("error", (error) => {
    if (!outgoing.headersSent) outgoing.writeHead(502, { "content-type": "text/plain" });
    outgoing.end(`upstream ${upstream.host}: ${error.message}`);
  });
  incoming.pipe(proxied);
});
server.listen(Number(values.port), "127.0.0.1", () => console.log(`round-robin on http://127.0.0.1:${values.port} → ${positionals.join(", ")}`));
