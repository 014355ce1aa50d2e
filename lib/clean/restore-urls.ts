/**
 * The extraction removed every "." from URLs (http://wwwstatsgovcn/…/t20230228_1919011html). Hosts get
 * their dots back from the public suffixes this report uses and a few labels it shows; the page
 * extension gets its dot back. Every such URL is reported as reconstructed; a host whose middle can't
 * be split with certainty is reported as ambiguous.
 */
export interface RestoredUrl {
  raw: string;
  url: string;
  ambiguous: boolean;
}

/** Suffixes as they appear with their dots dropped, longest first. */
const SUFFIXES: [string, string][] = [
  ['govcn', 'gov.cn'], ['comcn', 'com.cn'], ['orgcn', 'org.cn'], ['educn', 'edu.cn'], ['netcn', 'net.cn'],
  ['com', 'com'], ['org', 'org'], ['net', 'net'], ['cn', 'cn'], ['gov', 'gov'],
];
/** Leading labels that are host names of their own in this report's URLs. */
const LEADING_LABELS = ['www', 'news', 'finance', 'gkml', 'tjtb', 'en', 'm'];
const EXTENSION = /(?<=[A-Za-z0-9_-])(s?html?|aspx|php|jsp|pdf)(?=$|\?|#)/;

function restoreHost(host: string): { host: string; ambiguous: boolean } {
  if (host.includes('.')) return { host, ambiguous: false };
  const suffix = SUFFIXES.find(([bare]) => host.endsWith(bare) && host.length > bare.length);
  if (!suffix) return { host, ambiguous: true };
  let middle = host.slice(0, -suffix[0].length);
  const labels: string[] = [];
  const leading = LEADING_LABELS.find((label) => middle.startsWith(label) && middle.length > label.length + 1);
  if (leading) {
    labels.push(leading);
    middle = middle.slice(leading.length);
  }
  labels.push(middle, suffix[1]);
  // Only `www.` is certain. Another leading label (news., gkml.) is the likeliest split, not a proven
  // one, and a long middle label may itself be two (societypeople): say so.
  return { host: labels.join('.'), ambiguous: (leading !== undefined && leading !== 'www') || middle.length > 8 };
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
