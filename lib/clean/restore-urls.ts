import { parse } from 'tldts';
import hostLabels from './url-hosts.json';

/**
 * The extraction removed every "." from URLs (http://wwwstatsgovcn/…/t20230228_1919011html). A host gets
 * its dots back from three sources: the public-suffix list (tldts: gov.cn, com.cn, org …), the domains
 * the report's notes cite and the subdomain labels their URLs use (url-hosts.json, reviewed, each with
 * the source line it came from). A host read entirely from those is certain; otherwise the split is the
 * likeliest one the suffix list allows, and it is reported as ambiguous. The page extension gets its
 * dot back too. Every such URL is reported as reconstructed.
 */
export interface RestoredUrl {
  raw: string;
  url: string;
  ambiguous: boolean;
}

export interface HostReading {
  host: string;
  ambiguous: boolean;
}

const bare = (dotted: string) => dotted.replace(/\./g, '');
const KNOWN_DOMAINS = hostLabels.domains.map((d) => d.domain);
const SUBDOMAIN_LABELS = hostLabels.subdomains.map((s) => s.label);
const EXTENSION = /(?<=[A-Za-z0-9_-])(s?html?|aspx|php|jsp|pdf)(?=$|\?|#)/;
/** Public suffixes have at most three labels; the report's have two (gov.cn, com.cn, org.cn). */
const MAX_SUFFIX_LABELS = 3;
const MIN_LABEL = 2;

/** Every way to write `tail` as 1–3 labels of at least two characters: govcn → gov.cn, g…, govcn. */
function dottings(tail: string, labels = MAX_SUFFIX_LABELS): string[] {
  const out = tail.length >= MIN_LABEL ? [tail] : [];
  if (labels === 1) return out;
  for (let cut = MIN_LABEL; cut <= tail.length - MIN_LABEL; cut++) {
    for (const rest of dottings(tail.slice(cut), labels - 1)) out.push(`${tail.slice(0, cut)}.${rest}`);
  }
  return out;
}

const isPublicSuffix = (dotted: string) => {
  const parsed = parse(dotted, { allowPrivateDomains: false });
  return parsed.isIcann === true && parsed.publicSuffix === dotted;
};

/** The public suffixes `host` (without dots) can end in, longest first, leaving at least one label before them. */
export function publicSuffixesOf(host: string): string[] {
  const found: string[] = [];
  for (let length = MIN_LABEL; length <= host.length - MIN_LABEL; length++) {
    for (const dotted of dottings(host.slice(-length))) if (isPublicSuffix(dotted)) found.push(dotted);
  }
  return found.sort((a, b) => bare(b).length - bare(a).length);
}

/** Splits `prefix` into known subdomain labels only (newsfinance → news.finance), or null. */
function knownLabels(prefix: string): string[] | null {
  if (prefix === '') return [];
  for (const label of SUBDOMAIN_LABELS) {
    if (!prefix.startsWith(label)) continue;
    const rest = knownLabels(prefix.slice(label.length));
    if (rest) return [label, ...rest];
  }
  return null;
}

/** The readings of `host` that use a listed domain under a public suffix and listed subdomain labels before it. */
function certainReadings(host: string): string[] {
  const readings = new Set<string>();
  for (const domain of KNOWN_DOMAINS) {
    const plain = bare(domain);
    if (!host.endsWith(plain)) continue;
    const labels = knownLabels(host.slice(0, -plain.length));
    if (labels) readings.add([...labels, domain].join('.'));
  }
  return [...readings];
}

export function restoreHost(host: string): HostReading {
  if (host.includes('.')) return { host, ambiguous: false };
  const certain = certainReadings(host);
  if (certain.length === 1) return { host: certain[0], ambiguous: false };
  // No reviewed reading (or more than one): the longest public suffix, a listed label split off the
  // front if there is one, the rest taken as one label. The likeliest split, not a proven one.
  const suffix = publicSuffixesOf(host)[0];
  if (!suffix) return { host, ambiguous: true };
  const middle = host.slice(0, -bare(suffix).length);
  const leading = SUBDOMAIN_LABELS.find((label) => middle.startsWith(label) && middle.length > label.length + 1);
  const labels = leading ? [leading, middle.slice(leading.length)] : [middle];
  return { host: [...labels, suffix].join('.'), ambiguous: true };
}

export function restoreUrl(raw: string): RestoredUrl {
  const match = /^(https?:\/\/)([^/?#]+)(.*)$/.exec(raw);
  if (!match) return { raw, url: raw, ambiguous: true };
  const { host, ambiguous } = restoreHost(match[2]);
  const rest = match[3].replace(/\?\s+/, '?');
  const [path, query = ''] = rest.split(/(?=\?)/);
  const fixedPath = path.replace(EXTENSION, '.$1');
  return { raw, url: match[1] + host + fixedPath + query, ambiguous };
}

/**
 * A URL in the (already width-folded) text: runs until whitespace or a CJK character; a query may
 * follow its `?` after a stray space (`news_contentaspx? newsId=133089`).
 */
export const URL_IN_TEXT = /https?:\/\/[A-Za-z0-9/_\-=&%#:]+(?:\?\s*[A-Za-z0-9_=&%-]+)?/g;
