/**
 * What actorgraph asks CoreNLP for, in one place: the launcher's warm-up request loads exactly these models,
 * and every request names them, so no request waits for a model to load.
 *
 * `quote` attributes each quotation to its speaker, and CoreNLP's quote attribution reads coreference chains:
 * the pipeline refuses `quote` without `coref` before it ("annotator quote requires annotation
 * CorefChainAnnotation"). docs/extraction.md has the measurement behind keeping both.
 */
export const ANNOTATORS = [
  "tokenize",
  "ssplit",
  "pos",
  "lemma",
  "ner",
  "depparse",
  "coref",
  "quote",
] as const;

/** The request properties for one article, published on `date` (YYYY-MM-DD). */
export function requestProperties(
  date: string,
  annotators: readonly string[] = ANNOTATORS,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return {
    annotators: annotators.join(","),
    outputFormat: "json",
    // SUTime resolves "Tuesday", "last year", "this month" against this date.
    date: `${date}T12:00:00`,
    ...extra,
  };
}
