import type { OutlinePart } from './outline';

export interface NavLink {
  slug: string;
  heading: string;
}

/** Previous and next part in reading order (the preface has no previous, appendix C no next). */
export function neighbours(parts: OutlinePart[], slug: string): { prev: NavLink | null; next: NavLink | null } {
  const i = parts.findIndex((p) => p.slug === slug);
  const link = (p: OutlinePart | undefined) => (p ? { slug: p.slug, heading: p.heading || p.title } : null);
  return { prev: i > 0 ? link(parts[i - 1]) : null, next: i >= 0 ? link(parts[i + 1]) : null };
}
