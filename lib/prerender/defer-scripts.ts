import { Parser } from 'htmlparser2';

export interface DeferResult {
  html: string;
  /** The script URLs now fetched after the first frame, in document order. */
  deferred: string[];
}

/**
 * A prerendered page whose scripts start downloading after the browser has painted its first frame.
 *
 * Next writes every chunk as `<script src async>` in the head (plus a low-priority preload for the last
 * one). On a slow phone link those ~130 KiB start at once with the stylesheet and the document and share
 * the bandwidth with them, and each script that arrives interrupts the parser: the first paragraph waits.
 * Hydration gains nothing from the head start, because Next only finishes it after the whole document
 * has been parsed (its inline payload ends at DOMContentLoaded), and the scripts still arrive before that.
 *
 * The tags are taken out and one inline loader in the head (after the theme script, which must still run
 * before the first paint) inserts the same scripts, `async` as before, from a `setTimeout` queued by the
 * first `requestAnimationFrame`, i.e. right after that frame. A page that never paints (a background
 * tab) loads them at its `load` event. `noModule` polyfills and inline scripts are left as they are; the
 * server's CSP hashes the loader like every other inline script (lib/server/inline-script-hashes.ts).
 */
export function deferScripts(html: string): DeferResult {
  const cuts: { start: number; end: number }[] = [];
  const deferred: string[] = [];
  let headEnd = -1;
  let scriptStart = -1;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const start = parser.startIndex;
        if (name === 'script' && attributes.src && 'async' in attributes && !('nomodule' in attributes)) {
          scriptStart = start;
          if (!deferred.includes(attributes.src)) deferred.push(attributes.src);
        } else if (name === 'link' && attributes.rel === 'preload' && attributes.as === 'script') {
          cuts.push({ start, end: parser.endIndex + 1 });
        }
      },
      onclosetag(name) {
        if (name === 'script' && scriptStart >= 0) {
          cuts.push({ start: scriptStart, end: parser.endIndex + 1 });
          scriptStart = -1;
        } else if (name === 'head' && headEnd < 0) {
          headEnd = parser.startIndex;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (deferred.length === 0) return { html, deferred };
  if (headEnd < 0) throw new Error('defer-scripts: the page has no </head> to put the loader in');
  if (cuts.some((cut) => cut.start < headEnd && cut.end > headEnd)) throw new Error('defer-scripts: a script tag spans </head>');

  let out = '';
  let at = 0;
  // JSON escaped so no `</script>` can appear in the data block.
  const list = JSON.stringify(deferred).replace(/</g, '\\u003c');
  const loader = `<script type="application/json" id="${DEFERRED_SCRIPTS_ID}">${list}</script><script>${LOADER}</script>`;
  for (const cut of [...cuts, { start: headEnd, end: headEnd }].sort((a, b) => a.start - b.start)) {
    out += html.slice(at, cut.start);
    if (cut.start === headEnd && cut.end === headEnd) out += loader;
    at = cut.end;
  }
  return { html: out + html.slice(at), deferred };
}

/** The id of the data block that lists the deferred scripts (read by the loader and by `npm run size`). */
export const DEFERRED_SCRIPTS_ID = 'deferred-scripts';

/** Reads the list back from a page made by deferScripts (empty for any other page). */
export function deferredScriptUrls(html: string): string[] {
  const block = new RegExp(`<script type="application/json" id="${DEFERRED_SCRIPTS_ID}">([^<]*)</script>`).exec(html);
  return block ? (JSON.parse(block[1]) as string[]) : [];
}

/** Inserts the listed scripts once: after the first frame, or at `load` in a page that never paints. */
const LOADER =
  `(function(){var s=JSON.parse(document.getElementById('${DEFERRED_SCRIPTS_ID}').textContent),done=false;` +
  "function go(){if(done)return;done=true;for(var i=0;i<s.length;i++){var e=document.createElement('script');" +
  'e.src=s[i];e.async=true;document.head.appendChild(e)}}' +
  "requestAnimationFrame(function(){setTimeout(go,0)});addEventListener('load',go)})()";
