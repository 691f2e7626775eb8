/**
 * WeChat safe-mode message encryption: AES-256-CBC with the key from the 43-character
 * EncodingAESKey, IV = key[0..16], PKCS#7 padding to 32-byte blocks, plaintext
 * `random(16) + length(4, big-endian) + message + appid`.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const BLOCK = 32;

/** Thrown when a ciphertext cannot be decrypted with any configured key or names another appid. */
export class WechatCryptoError extends Error {
  override name = "WechatCryptoError";
}

export interface WechatCipher {
  /** Encrypts `message` to base64; `random` (16 bytes) is fixed only in tests. */
  encrypt(message: string, random?: Buffer): string;
  /** Decrypts base64 `encrypted` with the current key, then the previous one; checks the trailing appid. */
  decrypt(encrypted: string): string;
}

/** Decodes an EncodingAESKey into the 32-byte AES key. */
export function aesKeyOf(encodingAesKey: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, "base64");
  if (key.length !== 32) throw new WechatCryptoError(`wechat.crypto: EncodingAESKey decodes to ${key.length} bytes, expected 32`);
  return key;
}

export function createWechatCipher(options: { encodingAesKey: string; previousEncodingAesKey?: string | null; appId: string }): WechatCipher {
  const keys = [options.encodingAesKey, options.previousEncodingAesKey].filter((k): k is string => !!k).map(aesKeyOf);
  const current = keys[0]!;
  return {
    encrypt(message, random = randomBytes(16)) {
      const body = Buffer.from(message, "utf8");
      const length = Buffer.alloc(4);
      length.writeUInt32BE(body.length, 0);
      const plain = pad(Buffer.concat([random, length, body, Buffer.from(options.appId, "utf8")]));
      const cipher = createCipheriv("aes-256-cbc", current, current.subarray(0, 16));
      cipher.setAutoPadding(false);
      return Buffer.concat([cipher.update(plain), cipher.final()]).toString("base64");
    },
    decrypt(encrypted) {
      let lastError: unknown;
      for (const key of keys) {
        try {
          return decryptWith(key, encrypted, options.appId);
        } catch (error) {
          lastError = error;
        }
      }
      throw new WechatCryptoError("wechat.crypto: cannot decrypt message", { cause: lastError });
    },
  };
}

function decryptWith(key: Buffer, encrypted: string, appId: string): string {
  const data = Buffer.from(encrypted, "base64");
  if (data.length === 0 || data.length % 16 !== 0) throw new WechatCryptoError(`wechat.crypto: ciphertext of ${data.length} bytes`);
  const decipher = createDecipheriv("aes-256-cbc", key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  const plain = unpad(Buffer.concat([decipher.update(data), decipher.final()]));
  if (plain.length < 20) throw new WechatCryptoError("wechat.crypto: plaintext too short");
  const length = plain.readUInt32BE(16);
  if (20 + length > plain.length) throw new WechatCryptoError(`wechat.crypto: message length ${length} exceeds plaintext`);
  const trailer = plain.subarray(20 + length).toString("utf8");
  if (trailer !== appId) throw new WechatCryptoError(`wechat.crypto: message for appid ${JSON.stringify(trailer)}`);
  return plain.subarray(20, 20 + length).toString("utf8");
}

function pad(data: Buffer): Buffer {
  const count = BLOCK - (data.length % BLOCK);
  return Buffer.concat([data, Buffer.alloc(count, count)]);
}

function unpad(data: Buffer): Buffer {
  const count = data[data.length - 1]!;
  if (count < 1 || count > BLOCK) throw new WechatCryptoError(`wechat.crypto: bad padding ${count}`);
  return data.subarray(0, data.length - count);
}
