import { defaultSchema } from 'rehype-sanitize';
import type { Options as Schema } from 'rehype-sanitize';

/**
 * GitHub's sanitizing schema plus exactly what our own plugins emit. It runs last, so anything a source
 * text could smuggle in (`<script>`, event handlers, `javascript:` links) is gone whatever a plugin did;
 * raw HTML in the Markdown never even reaches it (remark-rehype drops it), and shows as nothing.
 */
export const reportSchema: Schema = {
  ...defaultSchema,
  // Our ids come from the report's numbering and must stay exactly as linked (`#sec-1-1`, `#fn-1`).
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    '*': [
      ...(defaultSchema.attributes?.['*'] ?? []),
      'id',
      'className',
      'ariaLabel',
      'ariaLabelledBy',
      'ariaDescribedBy',
      'role',
      'tabIndex',
      'title',
      'dataStatus',
      'dataRaw',
      'dataBasis',
      'dataCite',
      'dataFootnotes',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'dataLabel',
    ],
    // GitHub's schema pins `className` on these to the GFM footnote classes; ours add their own.
    a: [
      'ariaLabel',
      'ariaDescribedBy',
      'ariaLabelledBy',
      'className',
      'href',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['rel', 'noopener'],
    ],
    h2: ['className'],
    // The charts' SVG (lib/charts/bar-chart.ts): geometry and the classes the theme colours, nothing else.
    svg: ['viewBox', 'fontSize'],
    rect: ['x', 'y', 'width', 'height', 'fill', 'stroke'],
    line: ['x1', 'y1', 'x2', 'y2', 'stroke', 'strokeWidth'],
    text: ['x', 'y', 'textAnchor', 'dominantBaseline', 'fill'],
    pattern: ['width', 'height', 'patternUnits', 'patternTransform'],
    details: ['open'],
    li: ['className'],
    button: [['type', 'button']],
  },
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure',
    'figcaption',
    'aside',
    'section',
    'abbr',
    'button',
    ...['svg', 'g', 'rect', 'line', 'text', 'title', 'desc', 'defs', 'pattern'],
  ],
};
