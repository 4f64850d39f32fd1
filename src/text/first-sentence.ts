/**
 * Abbreviations that end in a full stop inside a sentence. V8's sentence segmenter (ICU) has no abbreviation
 * list, so it breaks after "Mr." or "Gen."; a break right after one of these is undone.
 */
const ABBREVIATIONS = new Set(
  "Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Cmdr Adm Sgt Gov Sen Rep Pres Amb Rev St Jr Sr No Mt Ft".split(" "),
);

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Longest title a draft proposes: a headline is rarely longer, and a longer first sentence is cut at a word. */
export const MAX_TITLE_LENGTH = 160;

/**
 * The first sentence of `text` from `from` on, kept within its paragraph and cut at a word when it runs past
 * `MAX_TITLE_LENGTH` (ending in "…"): a title, never a whole paragraph.
 */
export function firstSentence(text: string, from = 0): string {
  const body = text.slice(from).trimStart();
  const paragraph = body.split(/\r?\n/, 1)[0] ?? "";
  let sentence = "";
  for (const { segment } of segmenter.segment(paragraph)) {
    sentence += segment;
    const lastWord = /([\p{L}]+)\.\s*$/u.exec(segment)?.[1];
    if (lastWord === undefined || !ABBREVIATIONS.has(lastWord)) break;
  }
  sentence = sentence.trim();
  if (sentence.length <= MAX_TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, MAX_TITLE_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1)).replace(/[\s,;:—–-]+$/, "")}…`;
}
