/**
 * English function words: in English news prose roughly a third to a half of all words are among these, in
 * French, German, Urdu or Dari in Latin script almost none ("a", "in" and "die" aside).
 */
const FUNCTION_WORDS = new Set(
  (
    "the of and to a in is was that for on with as by at from it its he she his her they their them be been are " +
    "were has have had will would not this these those which who whom an or but also said says after before " +
    "than there into over about against during while since when where what more most other"
  ).split(" "),
);

/** Below this share of function words a text of `MIN_WORDS` or more is taken for another language. */
export const MIN_ENGLISH_SHARE = 0.12;
/** Shorter texts are not judged: a headline-like sentence may have no function word at all. */
export const MIN_WORDS = 20;

export interface EnglishCheck {
  readonly english: boolean;
  readonly words: number;
  /** The share of English function words among the words, 0 to 1. */
  readonly share: number;
}

/**
 * A cheap guess whether `text` is English, before CoreNLP's English models spend seconds on it: the share of
 * English function words among its words (letters only, lower-cased).
 */
export function looksEnglish(text: string): EnglishCheck {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  const share = words.length === 0 ? 0 : hits / words.length;
  return { english: words.length < MIN_WORDS || share >= MIN_ENGLISH_SHARE, words: words.length, share };
}
