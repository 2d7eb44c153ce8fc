import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';

/** A Markdown file split into its YAML frontmatter and its body. */
export interface SplitFile {
  data: unknown;
  /** Offset of the body in the file. */
  bodyStart: number;
  body: string;
  /** 1-based line in the file of the value at a frontmatter path; undefined when the path is absent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Frontmatter has no use for YAML aliases beyond a few; past this many it is an alias bomb. */
const MAX_ALIAS_COUNT = 10;

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** Splits `source` at its `---` fences and parses the YAML, reporting parse errors with their line. */
export function splitFrontmatter(file: string, source: string): SplitFile {
  const match = FENCE.exec(source);
  if (match === null || match.index !== 0) {
    throw new ContentError(file, 'the file must start with YAML frontmatter between two --- lines', { line: 1 });
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  // Read as Astro's own YAML reader does, so nothing passes here that fails there: unquoted dates
  // are dates wherever they stand ("cites: [2026-01-01]" is a date, not text), and an unknown tag
  // (!foo) is an error rather than a warning.
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true, customTags: ['timestamp'] });
  const yamlError = doc.errors[0] ?? doc.warnings[0];
  if (yamlError !== undefined) {
    const line = yamlError.linePos?.[0].line;
    // The message's first line says what; the rest is a code frame the line number replaces.
    const what = yamlError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    throw new ContentError(file, `YAML does not parse: ${what}`, {
      field: 'frontmatter',
      line: line === undefined ? undefined : line + 1,
    });
  }
  const bodyStart = match[0].length;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    // The yaml package refuses alias bombs (an alias of an alias of …) here, after parsing.
    throw new ContentError(file, `YAML does not parse: ${(error as Error).message}`, { field: 'frontmatter', line: 2 });
  }
  return {
    data,
    bodyStart,
    body: source.slice(bodyStart),
    lineOf: (path) => lineOfPath(doc, lineCounter, path),
  };
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  const node: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
  const range = isNode(node) ? node.range : undefined;
  // +1 for the opening --- line, which the YAML parser never sees.
  return range ? lineCounter.linePos(range[0]).line + 1 : undefined;
}

/** Validates frontmatter against a schema; the first problem is reported with its field and line. */
export function validateFrontmatter<S extends z.ZodType>(file: string, split: SplitFile, schema: S): z.output<S> {
  const result = schema.safeParse(split.data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) throw new ContentError(file, 'frontmatter is invalid');
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const field = path.length === 0 ? 'frontmatter' : path.map(String).join('.');
  const line = split.lineOf(path);
  const problem =
    issue.code === 'unrecognized_keys'
      ? `unknown field (allowed: ${allowedKeys(schema).join(', ')})`
      : line === undefined && path.length > 0
        ? 'required field is missing'
        : issue.code === 'invalid_type' && issue.message.startsWith('Invalid input') // zod's default, not a schema's own message
          ? `must be ${KINDS[issue.expected] ?? issue.expected}, not ${kindOf(valueAt(split.data, path))}`
          : issue.message;
  throw new ContentError(file, problem, { field, line });
}

/** YAML kinds in an author's words, for "must be a list, not text". */
const KINDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list such as [] or ["Reuters"]',
  object: 'a set of fields',
  date: 'a date',
  null: 'empty',
};

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return KINDS[typeof value]?.split(' such as')[0] ?? typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (at, key) => (typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

function allowedKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape === undefined ? [] : Object.keys(shape);
}
