import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { themeScript } from '@/app/theme-script';
import { inlineScriptHashes } from '@/lib/server/inline-script-hashes';
import { contentSecurityPolicy } from '@/lib/server/security-headers';

const sha = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;

describe('the CSP hashes of a page', () => {
  it('hash each inline script exactly as written, the theme script included', () => {
    const push = 'self.__next_f.push([1,"3:I[\\"x\\",[]]\\n"])';
    const html =
      `<html><head><script>${themeScript}</script><script src="/_next/static/a.js" async=""></script></head>` +
      `<body><p>&lt;script&gt; is text</p><script>${push}</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha(themeScript), sha(push)]);
  });

  it('leave out data blocks that never run', () => {
    expect(inlineScriptHashes('<script type="application/ld+json">{"@type":"Report"}</script>')).toEqual([]);
  });

  it('do not entity-decode script text (browsers hash the raw text)', () => {
    const code = 'var a = "&amp;";';
    expect(inlineScriptHashes(`<script>${code}</script>`)).toEqual([sha(code)]);
  });

  it('end up in script-src, with the strict directives beside them', () => {
    const policy = contentSecurityPolicy([sha('x'), sha('x')]);
    expect(policy).toContain(`script-src 'self' '${sha('x')}';`);
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(d);
    }
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
