/**
 * The last place read in each chapter, kept in localStorage so the home page can offer "继续阅读 第7章 7.2.3".
 * Stored per chapter (one entry each, 13 at most) plus which chapter was read last.
 */
export interface LastPosition {
  slug: string;
  /** Short name of the part: 第7章, 前言, 附录A. */
  part: string;
  /** Number (or title) of the section being read, e.g. 7.2.3; empty before the first section. */
  section: string;
  /** The anchor to return to: the paragraph (or heading) at the reading line. */
  anchor: string;
  at: number;
}

const KEY = 'reader:positions';
const LAST = 'reader:last';

function readAll(): Record<string, LastPosition> {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, LastPosition>) : {};
  } catch {
    return {};
  }
}

export function saveLastPosition(position: LastPosition): void {
  try {
    const all = readAll();
    all[position.slug] = position;
    localStorage.setItem(KEY, JSON.stringify(all));
    localStorage.setItem(LAST, position.slug);
  } catch {
    // Storage full or disabled (private mode): resuming is a comfort, reading goes on without it.
  }
}

/** The most recently read chapter's position, if it is well-formed. */
export function lastPosition(): LastPosition | null {
  try {
    const slug = localStorage.getItem(LAST);
    const p = slug ? readAll()[slug] : undefined;
    if (!p || typeof p.slug !== 'string' || typeof p.anchor !== 'string' || !/^[\w-]*$/.test(p.anchor)) return null;
    return p;
  } catch {
    return null;
  }
}
