/** Characters a Latin-1 string can hold: V8 keeps such a string one byte per character. */
const LATIN1 = /^[\u0000-\u00ff]*$/;

/** True when every character of `text` is Latin-1. */
export function isLatin1(text: string): boolean {
  return LATIN1.test(text);
}

/**
 * The same text, held one byte per character when it can be. The HTML serializer's result can be
 * held two bytes per character though all of it is ASCII (the same tree serialized again later in
 * a process comes out one byte per character: it is not a node of the tree): twice the memory for
 * every body a build keeps and caches.
 */
export function oneByte(text: string): string {
  return isLatin1(text) ? Buffer.from(text, 'latin1').toString('latin1') : text;
}
