/** A problem with the source text, located so that someone can find and fix it. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly hint?: string,
  ) {
    super(`${line ? `line ${line}: ` : ''}${message}${hint ? ` (${hint})` : ''}`);
    this.name = 'SourceError';
  }
}
