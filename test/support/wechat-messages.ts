import { wechatSignature } from "../../src/bot/wechat/wechat.signature.ts";

let nonceSeq = 0;

/** The query WeChat signs a push with: a fresh nonce each call, `timestamp` in seconds (now by default). */
export function signedQuery(token: string, openid: string, extra: Record<string, string> = {}, timestamp = Math.floor(Date.now() / 1000)): URLSearchParams {
  const ts = String(timestamp);
  const nonce = `n${process.pid}-${nonceSeq++}`;
  return new URLSearchParams({ signature: wechatSignature(token, ts, nonce), timestamp: ts, nonce, openid, ...extra });
}

/** A text message as WeChat pushes it to the account. */
export function textXml(from: string, content: string, msgId: string): string {
  return (
    `<xml><ToUserName><![CDATA[gh_account]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
    `<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId></xml>`
  );
}
