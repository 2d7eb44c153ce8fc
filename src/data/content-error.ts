/** A problem with one content file, reported as `file:line field: problem` without a stack trace. */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly problem: string;

  constructor(
    file: string,
    problem: string,
    options: {
      field?: string | undefined;
      line?: number | undefined;
      column?: number | undefined;
      cause?: unknown;
    } = {},
  ) {
    const column = options.line !== undefined && options.column !== undefined ? `:${options.column}` : '';
    const where = options.line === undefined ? file : `${file}:${options.line}${column}`;
    const what = options.field === undefined ? problem : `${options.field}: ${problem}`;
    super(`${where} ${what}`, { cause: options.cause });
    this.name = 'ContentError';
    this.file = file;
    this.field = options.field;
    this.line = options.line;
    this.column = options.column;
    this.problem = problem;
  }
}

/** Several content problems found in one pass, so an author fixes them all at once. */
export class ContentErrors extends Error {
  readonly errors: ContentError[];

  constructor(errors: ContentError[]) {
    super(
      `${errors.length} content ${errors.length === 1 ? 'problem' : 'problems'}:\n${errors.map((e) => `  ${e.message}`).join('\n')}`,
    );
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}
