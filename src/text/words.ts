/**
 * Word boundaries as researchers read names: letters, digits and combining marks of any script make words; a
 * hyphen between two word characters joins them into one word ("Tehrik-i-Taliban"), so a name never matches
 * inside a hyphenated compound; an apostrophe ends a word, so "Pakistan’s" names Pakistan.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const HYPHENS = new Set(["-", "\u2010", "\u2011"]);

export const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether a word starts at `at`: nothing of the same word (or a hyphenated compound) stands before it. */
function startsWord(text: string, at: number): boolean {
  if (!isWordChar(text[at])) return true;
  const before = text[at - 1];
  if (isWordChar(before)) return false;
  return !(before !== undefined && HYPHENS.has(before) && isWordChar(text[at - 2]));
}

/** Whether a word ends at `end` (exclusive): nothing of the same word (or compound) follows it. */
function endsWord(text: string, end: number): boolean {
  if (!isWordChar(text[end - 1])) return true;
  const after = text[end];
  if (isWordChar(after)) return false;
  return !(after !== undefined && HYPHENS.has(after) && isWordChar(text[end + 1]));
}

/**
 * Every occurrence of `words` in `text` that starts and ends on word boundaries, case-sensitive: "Kabul" but not
 * "Kabuli", "Taliban" but not the one in "Tehrik-i-Taliban", "Afghan" not in "Afghans".
 */
export function wholeWordOccurrences(text: string, words: string): Span[] {
  const spans: Span[] = [];
  if (words === "") return spans;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    const end = at + words.length;
    if (startsWord(text, at) && endsWord(text, end)) spans.push({ start: at, end });
  }
  return spans;
}

/** The words around a span on one line, for messages: «…attacks on Pakistani security officials.» */
export function contextAround(text: string, span: Span, width = 30): string {
  const from = Math.max(0, span.start - width);
  const to = Math.min(text.length, span.end + width);
  const snippet = text.slice(from, to).replace(/\s+/g, " ");
  return `«${from > 0 ? "…" : ""}${snippet}${to < text.length ? "…" : ""}»`;
}
