import type { SourcePosition } from '../diagnostics/diagnostic.js';

/** The outcome of decoding a file: its text, or where it stops being UTF-8. */
export type DecodedText = { ok: true; text: string } | { ok: false; at: SourcePosition; byte: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes UTF-8 bytes, dropping a byte-order mark and turning CRLF and CR line endings into LF
 * (line numbers stay the same). On invalid bytes, reports the line and column of the first one.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/\r\n?/g, '\n') };
  } catch {
    return { ok: false, ...firstInvalidByte(bytes) };
  }
}

function firstInvalidByte(bytes: Uint8Array): { at: SourcePosition; byte: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const valid =
      length > 0 &&
      i + length <= bytes.length &&
      bytes.subarray(i + 1, i + length).every((c) => (c & 0xc0) === 0x80) &&
      decodes(bytes.subarray(i, i + length));
    if (!valid) return { at: { line, column }, byte: b };
    if (b === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
    i += length;
  }
  return { at: { line, column }, byte: 0 };
}

/** Catches overlong forms and surrogates that the lead/continuation check lets through. */
function decodes(sequence: Uint8Array): boolean {
  try {
    decoder.decode(sequence);
    return true;
  } catch {
    return false;
  }
}
