/** Character offsets of every occurrence of `quote` in `text` (overlapping ones included). */
export function occurrencesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

export type QuoteLocation =
  | { readonly ok: true; readonly start: number; readonly end: number }
  | { readonly ok: false; readonly reason: string };

/**
 * Finds where a verbatim quote stands in the article. A quote that occurs more than once needs its 1-based
 * `occurrence`, so that offsets are never a guess.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): QuoteLocation {
  const at = occurrencesOf(text, quote);
  if (at.length === 0) {
    return { ok: false, reason: `quote not found in the article text: ${JSON.stringify(quote)}` };
  }
  if (occurrence === undefined) {
    if (at.length > 1) {
      return {
        ok: false,
        reason: `quote occurs ${at.length} times in the article; add \`occurrence\` (1 to ${at.length}): ${JSON.stringify(quote)}`,
      };
    }
    const start = at[0] as number;
    return { ok: true, start, end: start + quote.length };
  }
  const start = at[occurrence - 1];
  if (start === undefined) {
    return {
      ok: false,
      reason: `occurrence ${occurrence} asked, but the quote occurs ${at.length} time${at.length === 1 ? "" : "s"}: ${JSON.stringify(quote)}`,
    };
  }
  return { ok: true, start, end: start + quote.length };
}
