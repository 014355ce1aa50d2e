/** The document model between line classification and Markdown. Texts are raw until normalised. */
export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; number: string; title: string; line: number }
  | { type: 'paragraph'; text: string; line: number }
  | { type: 'figure'; label: string; title: string; source: string | null; line: number }
  | { type: 'table'; label: string; title: string; header: string[]; rows: string[][]; source: string | null; line: number }
  | { type: 'box'; label: string; title: string; paragraphs: string[]; source: string | null; line: number };

export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;
