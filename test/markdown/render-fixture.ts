import fs from 'node:fs';
import path from 'node:path';
import { renderChapter, type RenderOptions } from '@/lib/markdown/render';

/** Renders a fixture cut from the report (test/fixtures/markdown) and parses the HTML into a DOM-free view. */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, '../fixtures/markdown', name), 'utf8');
}

export function render(name: string, options: RenderOptions) {
  return renderChapter(fixture(name), options);
}

/** The opening tag of the element with this id, or null. */
export function tagWithId(html: string, id: string): string | null {
  return new RegExp(`<[a-z0-9]+ [^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? null;
}
