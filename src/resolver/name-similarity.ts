/**
 * How alike two names of actors are, after reading them as a researcher would: spelling variants of
 * transliterated names (Tehrik/Tehreek, Mohammad/Muhammad/Mohammed, Pakistan/Pakistani), titles and honorifics
 * (PM, Foreign Minister, Mullah), connecting particles (-i-, -e-, of, the), words that name the same kind of body
 * (administration, regime, authorities → government), and acronyms (TTP for Tehrik-i-Taliban Pakistan). The score
 * is deterministic, so `validate` and `ingest` give the same verdict wherever they read the known actors from.
 */

/** Particles that join the words of a name without naming anything. */
const PARTICLES = new Set([
  "the",
  "of",
  "for",
  "and",
  "in",
  "i",
  "e",
  "ul",
  "al",
  "el",
  "ur",
  "ud",
  "de",
  "da",
]);

/** Titles, offices and honorifics that stand before a name but are not part of it. */
const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "pm",
  "prime",
  "president",
  "vice",
  "deputy",
  "minister",
  "foreign",
  "interior",
  "defence",
  "defense",
  "chief",
  "general",
  "gen",
  "lt",
  "col",
  "colonel",
  "commander",
  "mullah",
  "maulvi",
  "maulana",
  "mawlawi",
  "sheikh",
  "shaikh",
  "haji",
  "hafiz",
  "sardar",
  "syed",
  "sayed",
  "envoy",
  "special",
  "spokesman",
  "spokesperson",
  "ambassador",
  "senator",
]);

/** Words that name the same kind of body. */
const SYNONYMS: Readonly<Record<string, string>> = {
  administration: "government",
  regime: "government",
  authorities: "government",
  authority: "government",
  govt: "government",
  cabinet: "government",
  taleban: "taliban",
};

/**
 * Words that set an actor apart from a namesake: "the first Taliban government", "the former president", a
 * date. When such a word is all that differs, the names are of different actors more often than not.
 */
const DISTINGUISHING = new Set([
  "first",
  "second",
  "third",
  "former",
  "new",
  "old",
  "interim",
  "transitional",
  "provisional",
  "previous",
  "exiled",
  "deposed",
  "caretaker",
  "acting",
]);

interface Token {
  /** The word as written, lower case and without diacritics. */
  readonly original: string;
  /** The word as normalised: lower case, no diacritics, synonyms folded. */
  readonly word: string;
  /**
   * Its consonant skeleton, for transliteration variants: the first letter, then the consonants with doubled
   * ones collapsed, q read as k and a plural s dropped ("tehreek" and "tehrik" → "thrk", "muhammad" → "mhmd").
   */
  readonly skeleton: string;
}

export interface NormalisedName {
  readonly form: string;
  readonly tokens: readonly Token[];
  /** Initials of the name's words without particles, for acronyms: "ttp" for Tehrik-i-Taliban Pakistan. */
  readonly initials: string;
  /** Titles and honorifics the name carried (dropped from `tokens`). */
  readonly titles: readonly string[];
}

function skeletonOf(word: string): string {
  const folded = word.replace(/q/g, "k").replace(/(?<=.{4})s$/, "");
  const rest = folded.slice(1).replace(/[aeiouy]/g, "");
  return (folded[0] ?? "") + rest.replace(/(.)\1+/g, "$1");
}

function words(form: string): string[] {
  return form
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

export function normaliseName(form: string): NormalisedName {
  const all = words(form).filter((w) => !PARTICLES.has(w));
  const titles = all.filter((w) => TITLES.has(w));
  const kept = all.filter((w) => !TITLES.has(w));
  return {
    form,
    tokens: kept.map((w) => {
      const word = SYNONYMS[w] ?? w;
      return { original: w, word, skeleton: skeletonOf(word) };
    }),
    initials: all.map((w) => w[0]).join(""),
    titles,
  };
}

const ACRONYM = /^(?:[A-Z]\.?){2,6}$/;

export interface NameMatch {
  /** 0 to 1: 1 for the same words after normalising. */
  readonly score: number;
  /** Why, in a few words: "acronym of", "Tehreek ≈ Tehrik", "2 of 3 words". */
  readonly evidence: string;
}

const sameToken = (a: Token, b: Token) =>
  a.word === b.word || (a.word.length >= 4 && b.word.length >= 4 && a.skeleton === b.skeleton);

/** How alike two forms are (see the module's comment), with the evidence for a researcher to judge. */
export function compareNames(a: NormalisedName, b: NormalisedName): NameMatch {
  for (const [short, long] of [
    [a, b],
    [b, a],
  ] as const) {
    if (ACRONYM.test(short.form.trim()) && long.tokens.length >= 2) {
      const letters = short.form.replace(/\./g, "").toLowerCase();
      if (letters === long.initials)
        return { score: 0.95, evidence: `"${short.form}" is the acronym of "${long.form}"` };
    }
  }
  if (a.tokens.length === 0 || b.tokens.length === 0) return { score: 0, evidence: "no words to compare" };

  const unmatched = [...b.tokens];
  const variants: string[] = [];
  let matched = 0;
  const leftOver: Token[] = [];
  for (const t of a.tokens) {
    const i = unmatched.findIndex((u) => sameToken(t, u));
    if (i === -1) {
      leftOver.push(t);
      continue;
    }
    const [u] = unmatched.splice(i, 1);
    if (u && u.original !== t.original) variants.push(`${t.original} ≈ ${u.original}`);
    matched++;
  }
  if (matched === 0) return { score: 0, evidence: "no word in common" };
  const containment = matched / Math.min(a.tokens.length, b.tokens.length);
  const jaccard = matched / (a.tokens.length + b.tokens.length - matched);
  let score = (containment + jaccard) / 2;
  const setApart = [...leftOver, ...unmatched].filter((t) => DISTINGUISHING.has(t.word) || /\d/.test(t.word));
  if (setApart.length > 0) score *= 0.6;

  const notes = [
    matched === a.tokens.length && matched === b.tokens.length
      ? "the same words"
      : `${matched} of ${Math.max(a.tokens.length, b.tokens.length)} words shared`,
    ...variants,
    ...(a.titles.length + b.titles.length > 0 ? [`set aside: ${[...a.titles, ...b.titles].join(", ")}`] : []),
    ...setApart.map((t) => `but "${t.word}" sets them apart`),
  ];
  return { score: Math.round(score * 100) / 100, evidence: notes.join("; ") };
}
