import { describe, expect, it } from "vitest";
import { createWechatCipher, WechatCryptoError } from "../../../src/bot/wechat/wechat.crypto.ts";
import { signaturesMatch, wechatSignature } from "../../../src/bot/wechat/wechat.signature.ts";

// Vectors from WeChat's published message-encryption samples.
const SAMPLE_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
const SAMPLE_CIPHERTEXT =
  "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=";

describe("wechat crypto", () => {
  it("encrypts to the published ciphertext with a fixed random", () => {
    const cipher = createWechatCipher({ encodingAesKey: SAMPLE_KEY, appId: "wxb11529c136998cb6" });
    const encrypted = cipher.encrypt("我是中文abcd123", Buffer.from("aaaabbbbccccdddd"));
    expect(encrypted).toBe("jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==");
    expect(cipher.decrypt(encrypted)).toBe("我是中文abcd123");
  });

  it("decrypts the published ciphertext to its XML", () => {
    const cipher = createWechatCipher({ encodingAesKey: SAMPLE_KEY, appId: "wx2c2769f8efd9abc2" });
    expect(cipher.decrypt(SAMPLE_CIPHERTEXT)).toBe(
      "<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>\n" +
        "<FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName>\n" +
        "<CreateTime>1409735668</CreateTime>\n" +
        "<MsgType><![CDATA[text]]></MsgType>\n" +
        "<Content><![CDATA[abcdteT]]></Content>\n" +
        "<MsgId>6054768590064713728</MsgId>\n" +
        "</xml>",
    );
  });

  it("computes the published msg_signature", () => {
    expect(wechatSignature("spamtest", "1409735669", "1320562132", SAMPLE_CIPHERTEXT)).toBe("5d197aaffba7e9b25a30732f161a50dee96bd5fa");
  });

  it("refuses a message for another appid", () => {
    const cipher = createWechatCipher({ encodingAesKey: SAMPLE_KEY, appId: "wxother" });
    expect(() => cipher.decrypt(SAMPLE_CIPHERTEXT)).toThrow(WechatCryptoError);
  });

  it("pads to 32-byte blocks", () => {
    const cipher = createWechatCipher({ encodingAesKey: SAMPLE_KEY, appId: "wx1" });
    // 16 random + 4 length + 9 message + 3 appid = 32 bytes: a whole extra block of padding.
    expect(Buffer.from(cipher.encrypt("123456789", Buffer.alloc(16)), "base64")).toHaveLength(64);
  });

  it("still decrypts with the previous key after a rotation", () => {
    const old = createWechatCipher({ encodingAesKey: SAMPLE_KEY, appId: "wx1" });
    const rotated = createWechatCipher({ encodingAesKey: "B".repeat(43), previousEncodingAesKey: SAMPLE_KEY, appId: "wx1" });
    expect(rotated.decrypt(old.encrypt("<xml/>"))).toBe("<xml/>");
  });

  it("compares signatures without throwing on different lengths", () => {
    expect(signaturesMatch("abc", "abc")).toBe(true);
    expect(signaturesMatch("abc", "abcd")).toBe(false);
    expect(signaturesMatch("abc", "")).toBe(false);
  });
});
