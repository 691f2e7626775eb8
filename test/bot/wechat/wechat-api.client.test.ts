import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createWechatApiClient, WechatApiError } from "../../../src/bot/wechat/wechat-api.client.ts";
import { startFakeWechatApi, type FakeWechatApi } from "../../support/fake-wechat-api.ts";

describe("wechat API client", () => {
  let api: FakeWechatApi;
  beforeEach(async () => {
    api = await startFakeWechatApi({ appId: "wxapp", appSecret: "s" });
  });
  afterEach(async () => {
    await api.close();
  });

  it("sends text with one cached token fetched once for concurrent sends", async () => {
    const client = createWechatApiClient({ apiRoot: api.url, appId: "wxapp", appSecret: "s" });
    await Promise.all([client.sendText("o1", "一"), client.sendText("o2", "二"), client.sendText("o3", "三")]);
    await client.sendText("o1", "四");
    expect(api.tokensIssued()).toBe(1);
    expect(api.sent.map((m) => [m.touser, m.content]).sort()).toEqual([["o1", "一"], ["o1", "四"], ["o2", "二"], ["o3", "三"]]);
  });

  it("refetches an invalidated token once", async () => {
    const client = createWechatApiClient({ apiRoot: api.url, appId: "wxapp", appSecret: "s" });
    await client.sendText("o1", "a");
    api.expireToken();
    await client.sendText("o1", "b");
    expect(api.tokensIssued()).toBe(2);
    expect(api.sent).toHaveLength(2);
  });

  it("throws WechatApiError with the errcode outside the 48-hour window", async () => {
    const client = createWechatApiClient({ apiRoot: api.url, appId: "wxapp", appSecret: "s" });
    api.failNext(45015, "response out of time limit");
    const error = await client.sendText("o1", "a").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatApiError);
    expect((error as WechatApiError).errcode).toBe(45015);
  });
});
