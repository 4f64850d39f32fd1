import type { CoreNLPDocument } from "./corenlp-document.ts";

/** CoreNLP's offsets do not point at the words it reports: nothing built on them could be trusted. */
export class OffsetMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OffsetMismatchError";
  }
}

/**
 * Checks that every token's `text.slice(characterOffsetBegin, characterOffsetEnd)` is its `originalText`, and
 * every quote's offsets slice to its text, so that evidence cut from the article by these offsets is verbatim.
 * Throws on the first mismatch, naming where it is.
 */
export function checkOffsets(text: string, document: CoreNLPDocument): void {
  for (const sentence of document.sentences) {
    for (const token of sentence.tokens) {
      const sliced = text.slice(token.characterOffsetBegin, token.characterOffsetEnd);
      if (sliced !== token.originalText) {
        throw new OffsetMismatchError(
          `CoreNLP token ${token.index} of sentence ${sentence.index} is ${JSON.stringify(token.originalText)} ` +
            `but the text at [${token.characterOffsetBegin}, ${token.characterOffsetEnd}) is ${JSON.stringify(sliced)}`,
        );
      }
    }
  }
  for (const quote of document.quotes) {
    const sliced = text.slice(quote.beginIndex, quote.endIndex);
    if (sliced !== quote.text) {
      throw new OffsetMismatchError(
        `CoreNLP quote ${quote.id} is ${JSON.stringify(quote.text)} but the text at ` +
          `[${quote.beginIndex}, ${quote.endIndex}) is ${JSON.stringify(sliced)}`,
      );
    }
  }
}
