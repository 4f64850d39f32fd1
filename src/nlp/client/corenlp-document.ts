import { z } from "zod";

/**
 * The part of CoreNLP's JSON output actorgraph reads, checked on arrival so the coder works on typed values and a
 * changed server output fails here, loudly, instead of deep inside a rule. Offsets are Java `char` offsets into
 * the text sent, the same unit as JavaScript string indices. Token indices are 1-based within their sentence
 * (0 is ROOT in dependencies); `tokenBegin`/`tokenEnd` of mentions are 0-based, end exclusive.
 */

const token = z.object({
  index: z.number().int(),
  word: z.string(),
  originalText: z.string(),
  lemma: z.string(),
  characterOffsetBegin: z.number().int(),
  characterOffsetEnd: z.number().int(),
  pos: z.string(),
  ner: z.string(),
  /** SUTime's value for time tokens ("2025-04-15"), or a number's value. */
  normalizedNER: z.string().optional(),
  before: z.string(),
  after: z.string(),
});

const dependency = z.object({
  dep: z.string(),
  governor: z.number().int(),
  governorGloss: z.string(),
  dependent: z.number().int(),
  dependentGloss: z.string(),
});

const timex = z.object({
  tid: z.string(),
  type: z.string(),
  value: z.string().optional(),
  altValue: z.string().optional(),
});

const entityMention = z.object({
  tokenBegin: z.number().int(),
  tokenEnd: z.number().int(),
  text: z.string(),
  characterOffsetBegin: z.number().int(),
  characterOffsetEnd: z.number().int(),
  ner: z.string(),
  normalizedNER: z.string().optional(),
  timex: timex.optional(),
});

const sentence = z.object({
  index: z.number().int(),
  basicDependencies: z.array(dependency),
  enhancedPlusPlusDependencies: z.array(dependency),
  entitymentions: z.array(entityMention),
  tokens: z.array(token),
});

const quote = z.object({
  id: z.number().int(),
  /** The quotation with its quotation marks, as in the text. */
  text: z.string(),
  beginIndex: z.number().int(),
  endIndex: z.number().int(),
  beginSentence: z.number().int(),
  endSentence: z.number().int(),
  /** The speaker as named near the quote ("Dar"), and the fullest name coreference found ("Ishaq Dar"). */
  speaker: z.string().optional(),
  canonicalSpeaker: z.string().optional(),
  /** Sentence-independent token indices of the speaker mention, when there is one. */
  mentionBegin: z.number().int().optional(),
  mentionEnd: z.number().int().optional(),
});

const corefMention = z.object({
  id: z.number().int(),
  text: z.string(),
  type: z.string(),
  /** 1-based sentence number, and 1-based token indices within it (end exclusive). */
  sentNum: z.number().int(),
  startIndex: z.number().int(),
  endIndex: z.number().int(),
  headIndex: z.number().int(),
  isRepresentativeMention: z.boolean(),
});

export const coreNLPDocumentSchema = z.object({
  docDate: z.string().optional(),
  sentences: z.array(sentence),
  quotes: z.array(quote).default([]),
  /** Coreference chains by chain id. */
  corefs: z.record(z.string(), z.array(corefMention)).default({}),
});

export type CoreNLPDocument = z.infer<typeof coreNLPDocumentSchema>;
export type CoreNLPSentence = z.infer<typeof sentence>;
export type CoreNLPToken = z.infer<typeof token>;
