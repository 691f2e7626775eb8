/**
 * A fake WeChat official-account API on 127.0.0.1: `GET /cgi-bin/token` issues numbered tokens,
 * `POST /cgi-bin/message/custom/send` records customer-service messages sent with the current
 * token, and `failNext(errcode)` makes the next send fail (45015 outside the 48-hour window …).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeWechatApi {
  url: string;
  /** Customer-service messages accepted, in order. */
  sent: Array<{ touser: string; content: string }>;
  /** How many tokens were issued. */
  tokensIssued(): number;
  failNext(errcode: number, errmsg?: string): void;
  /** Invalidates the current token, as a token fetched elsewhere would. */
  expireToken(): void;
  close(): Promise<void>;
}

export async function startFakeWechatApi(options: { appId: string; appSecret: string }): Promise<FakeWechatApi> {
  const sent: FakeWechatApi["sent"] = [];
  const failures: Array<{ errcode: number; errmsg: string }> = [];
  let issued = 0;
  let current = "";

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const reply = (body: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === "/cgi-bin/token") {
      if (url.searchParams.get("appid") !== options.appId || url.searchParams.get("secret") !== options.appSecret) {
        return reply({ errcode: 40013, errmsg: "invalid appid" });
      }
      issued += 1;
      current = `token-${issued}`;
      return reply({ access_token: current, expires_in: 7200 });
    }
    if (url.pathname === "/cgi-bin/message/custom/send" && req.method === "POST") {
      if (url.searchParams.get("access_token") !== current) return reply({ errcode: 40001, errmsg: "invalid credential" });
      const failure = failures.shift();
      if (failure) return reply(failure);
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { touser: string; text: { content: string } };
      sent.push({ touser: body.touser, content: body.text.content });
      return reply({ errcode: 0, errmsg: "ok" });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    tokensIssued: () => issued,
    failNext(errcode, errmsg = "error") {
      failures.push({ errcode, errmsg });
    },
    expireToken() {
      current = "";
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
