import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '@/lib/export/headers-rules';
import { headersFile, nginxPolicyMap, requestPaths } from '@/lib/export/static-headers';
import { inlineScriptHashes } from '@/lib/server/inline-script-hashes';
import { themeScript } from '@/app/theme-script';

// A page as the export writes it: the theme script in the head, one RSC payload push in the body.
const html = (payload: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><script>${themeScript}</script></head><body><p>前言</p>` +
  `<script>self.__next_f.push([1,${JSON.stringify(payload)}])</script></body></html>`;

const pages = [
  { file: 'index.html', html: html('目录') },
  { file: 'chapters/1.html', html: html('2022年中国电子商务发展总报告') },
];

describe('requestPaths', () => {
  it('names a page by every path a host serves it at', () => {
    expect(requestPaths('chapters/1.html')).toEqual(['/chapters/1', '/chapters/1.html']);
    expect(requestPaths('index.html')).toEqual(['/', '/index.html']);
    expect(requestPaths('index.html', '/report2022')).toEqual(['/report2022', '/report2022/', '/report2022/index.html']);
    expect(requestPaths('chapters/1.html', '/report2022')).toEqual(['/report2022/chapters/1', '/report2022/chapters/1.html']);
  });
});

describe('the _headers file', () => {
  const rules = parseHeadersFile(headersFile(pages));

  it('gives every path the server’s static headers', () => {
    const headers = headersFor(rules, '/data/outline.json');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['content-security-policy']).toBeUndefined();
  });

  it('gives each page a policy with its own inline scripts’ hashes, and only one policy', () => {
    for (const [path, page] of [
      ['/chapters/1', pages[1]],
      ['/chapters/1.html', pages[1]],
      ['/', pages[0]],
    ] as const) {
      const policy = headersFor(rules, path)['content-security-policy'];
      for (const hash of inlineScriptHashes(page.html)) expect(policy).toContain(`'${hash}'`);
      expect(policy.match(/default-src/g)).toHaveLength(1);
      expect(policy).toContain("frame-ancestors 'none'");
    }
    const other = inlineScriptHashes(pages[0].html).filter((h) => !inlineScriptHashes(pages[1].html).includes(h));
    expect(other.length).toBeGreaterThan(0);
    for (const hash of other) expect(headersFor(rules, '/chapters/1')['content-security-policy']).not.toContain(hash);
  });

  it('sends HSTS only when configured', () => {
    expect(headersFor(rules, '/')['strict-transport-security']).toBeUndefined();
    const secure = parseHeadersFile(headersFile(pages, { hstsMaxAge: 31536000 }));
    expect(headersFor(secure, '/')['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('lets the service worker and hashed build files be cached as they must', () => {
    expect(headersFor(rules, '/sw.js')['cache-control']).toBe('no-cache');
    expect(headersFor(rules, '/_next/static/chunks/a.js')['cache-control']).toContain('immutable');
  });

  it('refuses a header line outside any path', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/_headers/);
  });
});

it('the nginx map names each page’s policy by request path', () => {
  const map = nginxPolicyMap(pages, {}, '/report2022');
  expect(map).toMatch(/^map \$uri \$report_csp \{$/m);
  expect(map).toContain(`"/report2022/chapters/1" "`);
  expect(map).toContain(`'${inlineScriptHashes(pages[1].html)[1]}'`);
});
