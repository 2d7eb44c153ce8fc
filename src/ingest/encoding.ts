/**
 * An outlet's page as text, in the encoding it was saved in. Pages still come in windows-1252 or
 * ISO-8859-x; reading them as UTF-8 turned every curly quote into U+FFFD and lost the quotes with
 * them. The encoding is, in order: the one given (--encoding), the byte-order mark, the charset an
 * HTML page declares in its first 1,024 bytes (where browsers look for it), else UTF-8. Bytes that
 * are not in that encoding are refused with their line, never replaced.
 */

export class EncodingError extends Error {
  override name = 'EncodingError';
}

/** How far into a page browsers look for its <meta charset> (the HTML standard's prescan). */
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

const BOMS: readonly (readonly [label: string, bytes: readonly number[]])[] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** A decoder for `label` (WHATWG labels: "latin1" is windows-1252, as in browsers), or undefined when unknown. */
function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return undefined;
  }
}

/** Throws unless `label` names an encoding, for checking --encoding before reading anything. */
export function checkEncodingLabel(label: string): void {
  if (decoderFor(label) === undefined) {
    throw new EncodingError(`--encoding ${label} is not an encoding (try utf-8, windows-1252, iso-8859-2, shift_jis)`);
  }
}

/** 1-based number of the first line that `decoder` cannot decode. */
function firstBadLine(bytes: Uint8Array, decoder: TextDecoder): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

/** The encoding of `bytes` and why it was chosen. */
export function detectEncoding(
  bytes: Uint8Array,
  options: { html: boolean; encoding?: string | undefined },
): { label: string; because: string; skip: number } {
  if (options.encoding !== undefined) return { label: options.encoding, because: 'given with --encoding', skip: 0 };
  for (const [label, bom] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return { label, because: 'its byte-order mark', skip: bom.length };
  }
  if (options.html) {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
    const declared = META_CHARSET.exec(head)?.[1];
    if (declared !== undefined) return { label: declared, because: `the page's <meta charset="${declared}">`, skip: 0 };
  }
  return { label: 'utf-8', because: 'no charset declared, so UTF-8', skip: 0 };
}

/** Decodes an input page; `name` is how messages refer to it (a file name, or "standard input"). */
export function decodeInput(
  name: string,
  bytes: Uint8Array,
  options: { html: boolean; encoding?: string | undefined },
): string {
  const { label, because, skip } = detectEncoding(bytes, options);
  const decoder = decoderFor(label);
  if (decoder === undefined) {
    throw new EncodingError(`${name}: ${because} names no encoding this tool knows; pass --encoding <label>`);
  }
  const body = bytes.subarray(skip);
  try {
    return decoder.decode(body).replace(/^\uFEFF/, '');
  } catch {
    const line = firstBadLine(body, decoderFor(label)!);
    const hint = options.encoding === undefined ? `: pass its encoding, e.g. --encoding windows-1252` : '';
    throw new EncodingError(`${name}:${line} is not ${label} text (${because})${hint}`);
  }
}
