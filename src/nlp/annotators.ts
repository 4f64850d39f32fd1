/**
 * What actorgraph asks CoreNLP for, in one place: the launcher's warm-up request loads exactly these models,
 * and every request names them, so no request waits for a model to load.
 *
 * No coreference. CoreNLP's quote attribution needs coref's chains, and the server adds `coref` to any request
 * that names `quote`; with coref an article took three to four times as long (bench/results/2026-12-02-corenlp.md,
 * docs/extraction.md). So `quote` runs without its requirement check and without attribution: it finds the
 * quotations, with their offsets, and the coder finds who said them from the dependency parse, as it must for
 * reported speech without quotation marks anyway.
 */
export const ANNOTATORS = ["tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "quote"] as const;

export const PIPELINE_PROPERTIES: Readonly<Record<string, string>> = {
  "quote.attributeQuotes": "false",
  enforceRequirements: "false",
};

/** The request properties for one article, published on `date` (YYYY-MM-DD). */
export function requestProperties(
  date: string,
  annotators: readonly string[] = ANNOTATORS,
  extra: Readonly<Record<string, string>> = PIPELINE_PROPERTIES,
): Record<string, string> {
  return {
    annotators: annotators.join(","),
    outputFormat: "json",
    // SUTime resolves "Tuesday", "last year", "this month" against this date.
    date: `${date}T12:00:00`,
    ...extra,
  };
}
