import Beasties from 'beasties';

export interface CriticalCssOptions {
  /** The folder the stylesheets' URLs point into (`.next/static`). */
  staticDir: string;
  /** The URL prefix of that folder as the pages write it (`/_next/static/`, or under BASE_PATH). */
  publicPath: string;
}

/**
 * The theme script (app/theme-script.ts) sets classes and attributes on <html> (`js`, `dark`, `light`,
 * `data-text-size`) before the first paint. The prerendered HTML has none of them, so a rule keyed on the
 * root's state would look unused: every such rule stays critical, or a dark-theme reader would see the
 * light page until the full stylesheet arrives.
 */
const ROOT_STATE_RULE = /^(?::root|html)[.[]/;

/**
 * A prerendered page that paints without waiting for its stylesheets: the rules its own elements use
 * are inlined into one <style> in the head (computed by beasties, the critical-CSS inliner Angular's
 * build uses), and the full stylesheets move to the end of the body, where they no longer block the
 * first paint. They still load at once (the preload scanner finds them), so elements the page creates
 * later (the find bar, tooltips, the search panel) are styled by the time anyone opens them, and React
 * finds them in the document when it hydrates.
 */
export async function inlineCriticalCss(html: string, options: CriticalCssOptions): Promise<string> {
  const beasties = new Beasties({
    path: options.staticDir,
    publicPath: options.publicPath,
    preload: 'body',
    pruneSource: false,
    inlineFonts: false,
    preloadFonts: false,
    reduceInlineStyles: false,
    compress: true,
    allowRules: [ROOT_STATE_RULE],
    logLevel: 'silent',
  });
  const out = await beasties.process(html);
  // beasties leaves a stylesheet it cannot read (missing, or outside the folder) where it was, render-blocking,
  // and carries on: the build says so instead of silently losing the inlining.
  const head = out.slice(0, out.indexOf('</head>'));
  const left = [...head.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
  if (left.length) throw new Error(`critical CSS: could not read ${left.join(', ')} under ${options.staticDir}`);
  // beasties marks the element it searched; the page has no use for the mark.
  return out.replace(/^(<!DOCTYPE html><html\b[^>]*?) data-beasties-container(?:="")?/i, '$1');
}
