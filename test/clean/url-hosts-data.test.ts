import { parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import hostLabels from '@/lib/clean/url-hosts.json';
import { sourceLines } from './passes/source-range';

/** The hosts of the report's URLs as printed (dots lost), with their source lines. */
const printedHosts = sourceLines().flatMap((text, i) =>
  [...text.matchAll(/https?:\/\/([A-Za-z0-9-]+)/g)].map((m) => ({ host: m[1].toLowerCase(), line: i + 1 })),
);
const bare = (dotted: string) => dotted.replace(/\./g, '');

describe('the reviewed URL host labels (lib/clean/url-hosts.json)', () => {
  it('lists only registrable domains under a public suffix', () => {
    const invalid = hostLabels.domains.filter(({ domain }) => {
      const parsed = parse(domain, { allowPrivateDomains: false });
      return !parsed.isIcann || parsed.domain !== domain;
    });
    expect(invalid).toEqual([]);
  });

  it('gives for every domain a source line whose URL is on that domain', () => {
    const wrong = hostLabels.domains.filter(
      ({ domain, line }) => !printedHosts.some((h) => h.line === line && h.host.endsWith(bare(domain))),
    );
    expect(wrong).toEqual([]);
  });

  it('holds no entry the report does not use', () => {
    const unusedDomains = hostLabels.domains.filter(({ domain }) => !printedHosts.some((h) => h.host.endsWith(bare(domain))));
    const unusedLabels = hostLabels.subdomains.filter(({ label }) => !printedHosts.some((h) => h.host.startsWith(label)));
    expect([...unusedDomains, ...unusedLabels]).toEqual([]);
  });
});
