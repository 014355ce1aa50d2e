import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deferredScriptUrls, deferScripts } from '@/lib/prerender/defer-scripts';
import { inlineCriticalCss } from '@/lib/prerender/inline-critical-css';
import { inlineScriptHashes } from '@/lib/server/inline-script-hashes';

// Chapter 1's opening sentence as the reader renders it (content/chapters/1.md).
const PARAGRAPH = '<p id="sec-1-p1" class="para">2022年是全面建设社会主义现代化国家、向第二个百年奋斗目标进军的重要一年。</p>';
const THEME = "<script>(function(){document.documentElement.classList.add('js')})();</script>";

/** A head and body shaped as Next 16 prerenders a chapter: async chunks in the head, a preload, one late chunk. */
function page(): string {
  return (
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>' +
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/late.js"/>' +
    '<script src="/_next/static/chunks/main.js" async=""></script>' +
    '<script src="/_next/static/chunks/turbopack-x.js" async=""></script>' +
    `<title>第1章 2022年中国电子商务发展总报告</title>${THEME}` +
    '<script src="/_next/static/chunks/polyfill.js" noModule=""></script></head>' +
    `<body><header class="site-header"><a class="site-title" href="/">中国电子商务报告2022</a></header>` +
    `<main><article class="report" id="chapter">${PARAGRAPH}</article></main>` +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    '<script src="/_next/static/chunks/late.js" async=""></script></body></html>'
  );
}

describe('scripts deferred past the first frame', () => {
  const { html, deferred } = deferScripts(page());

  it('takes every async chunk and the script preload out, once each, in document order', () => {
    expect(deferred).toEqual(['/_next/static/chunks/main.js', '/_next/static/chunks/turbopack-x.js', '/_next/static/chunks/late.js']);
    expect(html).not.toMatch(/<script src="[^"]+" async/);
    expect(html).not.toContain('rel="preload"');
    expect(deferredScriptUrls(html)).toEqual(deferred);
  });

  it('keeps everything else as it was: the theme script before the first paint, the polyfill, the payload, the text', () => {
    expect(html).toContain(THEME);
    expect(html).toContain('<script src="/_next/static/chunks/polyfill.js" noModule=""></script>');
    expect(html).toContain('<script>(self.__next_f=self.__next_f||[]).push([0])</script>');
    expect(html).toContain(PARAGRAPH);
    // The loader sits at the end of the head, after the theme script.
    expect(html.indexOf(THEME)).toBeLessThan(html.indexOf('id="deferred-scripts"'));
    expect(html.indexOf('id="deferred-scripts"')).toBeLessThan(html.indexOf('</head>'));
  });

  it('adds exactly one executable inline script for the CSP to hash (the data block is not executed)', () => {
    expect(inlineScriptHashes(html).length).toBe(inlineScriptHashes(page()).length + 1);
  });

  it('leaves a page already processed, or one without chunks, untouched', () => {
    expect(deferScripts(html)).toEqual({ html, deferred: [] });
    const plain = `<!DOCTYPE html><html><head></head><body>${PARAGRAPH}</body></html>`;
    expect(deferScripts(plain).html).toBe(plain);
  });

  it('the loader inserts the listed scripts after the first frame, and once only', () => {
    const loader = /<script>(\(function\(\)\{var s=JSON[\s\S]*?)<\/script>/.exec(html)![1];
    const inserted: string[] = [];
    const listeners: Record<string, () => void> = {};
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const fakeDocument = {
      getElementById: (id: string) => (id === 'deferred-scripts' ? { textContent: JSON.stringify(deferred) } : null),
      createElement: () => ({}) as { src?: string; async?: boolean },
      head: { appendChild: (e: { src: string; async: boolean }) => inserted.push(`${e.src}${e.async ? ' async' : ''}`) },
    };
    new Function('document', 'requestAnimationFrame', 'setTimeout', 'addEventListener', loader)(
      fakeDocument,
      (f: () => void) => frames.push(f),
      (f: () => void) => timers.push(f),
      (type: string, f: () => void) => {
        listeners[type] = f;
      },
    );
    expect(inserted).toEqual([]);
    frames.shift()!();
    expect(inserted).toEqual([]);
    timers.shift()!();
    expect(inserted).toEqual(deferred.map((u) => `${u} async`));
    listeners.load();
    expect(inserted).toHaveLength(deferred.length);
  });
});

describe('critical CSS', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'critical-css-'));
    fs.mkdirSync(path.join(dir, 'chunks'));
    fs.writeFileSync(
      path.join(dir, 'chunks', 'a.css'),
      [
        '.report p.para{text-indent:2em}',
        '.site-header{position:sticky;top:0}',
        '.find-bar{position:fixed}', // only in markup the find bar creates later
        ':root.dark{--bg:#151515}', // set by the theme script before the first paint
        'html[data-text-size=large]{font-size:1.1rem}',
      ].join(''),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('inlines the rules the page uses and the root-state rules, and moves the full sheet to the end of the body', async () => {
    const html = await inlineCriticalCss(page(), { staticDir: dir, publicPath: '/_next/static/' });
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    expect(style).toContain('.report p.para{text-indent:2em}');
    expect(style).toContain('.site-header');
    expect(style).toContain(':root.dark');
    expect(style).toContain('html[data-text-size=large]');
    expect(style).not.toContain('.find-bar');
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('</head>'));
    expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/chunks\/a\.css"[^>]*><\/body><\/html>$/);
    expect(html).not.toContain('data-beasties-container');
    expect(html).toContain(PARAGRAPH);
  });

  it('fails the build on a stylesheet it cannot read: missing, or outside the static folder', async () => {
    const missing = page().replace('chunks/a.css', 'chunks/gone.css');
    await expect(inlineCriticalCss(missing, { staticDir: dir, publicPath: '/_next/static/' })).rejects.toThrow(
      /could not read .*gone\.css/,
    );
    const outside = page().replace('/_next/static/chunks/a.css', '/_next/static/../../../etc/passwd.css');
    await expect(inlineCriticalCss(outside, { staticDir: dir, publicPath: '/_next/static/' })).rejects.toThrow(
      /could not read \/_next\/static\/\.\.\//,
    );
  });
});
