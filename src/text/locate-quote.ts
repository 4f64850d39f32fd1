import { contextAround, type Span, wholeWordOccurrences } from "./words.ts";

/**
 * Where a quote stands in the text: each whole-word occurrence, counted as automatic mentions count them, so an
 * `occurrence` number never lands inside a longer word ("Pakistan" in "Pakistani").
 */
export function occurrencesOf(text: string, quote: string): Span[] {
  return wholeWordOccurrences(text, quote);
}

export type QuoteLocation =
  | { readonly ok: true; readonly start: number; readonly end: number }
  | { readonly ok: false; readonly reason: string };

const times = (n: number) => `${n} time${n === 1 ? "" : "s"}`;

/**
 * Finds where a verbatim quote stands in the article. A quote that occurs more than once needs its 1-based
 * `occurrence`, so that offsets are never a guess.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): QuoteLocation {
  const at = occurrencesOf(text, quote);
  if (at.length === 0) {
    const inside = text.includes(quote) ? " as whole words (it stands only inside longer words)" : "";
    return { ok: false, reason: `quote not found in the article text${inside}: ${JSON.stringify(quote)}` };
  }
  if (occurrence === undefined) {
    if (at.length > 1) {
      // Each place with its words around it, so the annotator picks the number without counting by hand.
      const places = at.map((span, i) => `${i + 1} at ${span.start} ${contextAround(text, span, 20)}`);
      return {
        ok: false,
        reason: `quote occurs ${at.length} times in the article; add \`occurrence\` (1 to ${at.length}): ${JSON.stringify(quote)}: ${places.join("; ")}`,
      };
    }
    return { ok: true, ...(at[0] as Span) };
  }
  const span = at[occurrence - 1];
  if (span === undefined) {
    return {
      ok: false,
      reason: `occurrence ${occurrence} asked, but the quote occurs ${times(at.length)} as whole words: ${JSON.stringify(quote)}`,
    };
  }
  return { ok: true, ...span };
}

/** Occurrence `n` of a quote, described for an error: its number, offset and the words around it. */
export function describeOccurrence(text: string, span: Span, n: number): string {
  return `occurrence ${n} at offset ${span.start} ${contextAround(text, span)}`;
}
