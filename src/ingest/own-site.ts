/**
 * The government site a report names as its own (本年度报告电子版可从…门户网站(www.dt.gov.cn)下载):
 * its host spells the body's place or department as the page's own address would.
 */
import { addressClues, type AddressClues } from "./address-clues.ts";

// A site written right after the word naming it, in brackets, after a colon or run on (本局政府网站kjj.suzhou.gov.cn).
const OWN_SITE_HOST = /(?:网站|网址|网|门户)\s*[(（:：]?\s*(?:网址\s*[:：]\s*)?(?:https?:\/\/)?((?:[a-z0-9-]+\.)+gov\.cn)/iu;
/** Characters of a report's start where it names its site. */
const SITE_HEAD = 1500;

/** `address` with the places and departments the host of the report's own site spells, where the report names one. */
export function withOwnSitePlaces(address: AddressClues, text: string): AddressClues {
  const host = OWN_SITE_HOST.exec(text.slice(0, SITE_HEAD))?.[1];
  if (!host) return address;
  const site = addressClues(`http://${host.toLowerCase()}/`);
  if (site.places.length === 0 && site.departments.length === 0) return address;
  return { ...address, places: [...address.places, ...site.places], departments: [...address.departments, ...site.departments] };
}
