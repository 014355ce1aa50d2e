import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/**
 * The CSP sources (`sha256-<base64>`) of every inline, executable <script> in a page, in document order.
 * The hash is over the script's text exactly as written between the tags, which is what browsers hash.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  let inScript = false;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'script' || 'src' in attributes || !executable(attributes.type)) return;
        inScript = true;
        text = '';
      },
      ontext(chunk) {
        if (inScript) text += chunk;
      },
      onclosetag(name) {
        if (name !== 'script' || !inScript) return;
        inScript = false;
        hashes.push(`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`);
      },
    },
    // Raw text: script bodies are not entity-decoded by browsers either.
    { decodeEntities: false },
  );
  parser.end(html);
  return hashes;
}

/** Data blocks (JSON-LD, import maps aside) are never executed, so they need no hash. */
function executable(type: string | undefined): boolean {
  if (type === undefined || type === '') return true;
  const t = type.trim().toLowerCase();
  return t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}
