/**
 * Floats carry their anchor id (fig-1-1, tbl-1-1, box-5-1) and printed label (图1-1); a label may be
 * empty where the report printed none (appendix A's table).
 */
/** The document model between line classification and Markdown. Texts are raw until normalised. */
export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; number: string; title: string; line: number }
  | { type: 'paragraph'; text: string; line: number }
  | { type: 'figure'; id: string; label: string; title: string; chartText: string[]; source: string | null; line: number }
  | { type: 'table'; id: string; label: string; title: string; header: string[]; rows: string[][]; source: string | null; line: number }
  | { type: 'box'; id: string; label: string; title: string; paragraphs: string[]; source: string | null; line: number };

export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;
