/**
 * WeChat message XML: parsing inbound envelopes (flat `<xml>` of text fields; DOCTYPE and entities
 * refused, every value kept a string so 64-bit MsgIds survive) and building passive replies.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Thrown for XML that is malformed, declares a DOCTYPE or entities, or has no `<xml>` root. */
export class WechatXmlError extends Error {
  override name = "WechatXmlError";
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  trimValues: true,
});

const DECLARATIONS = /<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i;

/** The text fields of an inbound `<xml>…</xml>` message; nested elements (menus, scan info) are left out. */
export function parseWechatXml(body: string): Record<string, string> {
  if (DECLARATIONS.test(body)) throw new WechatXmlError("wechat.xml: DOCTYPE or entity declaration refused");
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new WechatXmlError(`wechat.xml: malformed XML (${valid.err.msg})`);
  const parsed: unknown = parser.parse(body);
  const root = (parsed as { xml?: unknown }).xml;
  if (root === null || typeof root !== "object") throw new WechatXmlError("wechat.xml: no <xml> root");
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(root as Record<string, unknown>)) {
    if (typeof value === "string") fields[name] = value;
  }
  return fields;
}

/** `<xml>` with each field as CDATA (numbers bare), in the given order. */
export function buildWechatXml(fields: Record<string, string | number>): string {
  const parts = Object.entries(fields).map(([name, value]) =>
    typeof value === "number" ? `<${name}>${value}</${name}>` : `<${name}><![CDATA[${cdata(value)}]]></${name}>`,
  );
  return `<xml>${parts.join("")}</xml>`;
}

function cdata(value: string): string {
  return value.replaceAll("]]>", "]]]]><![CDATA[>");
}
