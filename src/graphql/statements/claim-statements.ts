import type { RelationType } from "../../model/vocabulary.ts";
import { typesOfPlover } from "../../neo4j/typed-cypher.ts";
import { relationMap, relationOrder } from "./relation-parts.ts";
import { rollUpPeers, sameAfterRollUp } from "./roll-up.ts";

/**
 * `claimsWithDenials`: each claim (PLOVER ACCUSE) with the denials (PLOVER REJECT) that answer it, and why each
 * was paired. A denial answers a claim when
 *
 * - its parties are the claim's, reversed, after the roll-up (./roll-up.ts): the denier stands for the accused
 *   (ROLLED_UP_DENIER when it is not the accused itself: the army denies for its state), and the denial's target
 *   for the accuser (ROLLED_UP_ACCUSER when it is not the accuser itself); and
 * - it is about the same thing: the denial's words (quote and note) share a key word with the claim's
 *   (KEY_WORDS: "denied shelling any farms" answers "accused Dustmark of shelling farms"); or, for a bare denial
 *   with no key word of its own ("dismissed the criticism"), it names the claim's kind (TYPE_WORD: "criticism"
 *   for CRITICIZES) or stands in the claim's article (SAME_ARTICLE: the article says what it denies).
 *
 * Key words are the words of four letters or more, compared by their first four letters (a crude, deterministic
 * stem: "shelling" and "shelled", "closed" and "closing"), leaving out the words of the four actors' names and
 * aliases and the STOP_STEMS (the words of accusing and denying themselves, and words that say nothing of the
 * matter). SAME_ARTICLE is also listed when the key words decide. With `sameArticle` (the default) only denials of
 * the claim's own article count at all.
 */

/** The words of a claim's kind, by their first four letters: a bare denial naming one answers claims of the type. */
export const CLAIM_TYPE_STEMS: Readonly<Partial<Record<RelationType, readonly string[]>>> = {
  ACCUSES: ["accu", "alle", "char", "clai"],
  CRITICIZES: ["crit", "cond", "deno", "rebu"],
};

/** Stems that never make two quotes about the same thing: accusing, denying, reporting, time, office. */
export const STOP_STEMS: readonly string[] = [
  ...new Set([
    ...Object.values(CLAIM_TYPE_STEMS).flat(),
    ...["deni", "deny", "reje", "dism", "refu", "base", "fals", "unfo", "untr", "lies", "lyin", "nons"],
    ...["said", "says", "tell", "told", "repo", "stat", "spok", "offi", "gove", "mini", "coun", "side"],
    ...[
      "also",
      "that",
      "this",
      "thes",
      "thos",
      "with",
      "from",
      "have",
      "been",
      "were",
      "they",
      "thei",
      "them",
    ],
    ...[
      "ther",
      "whic",
      "woul",
      "will",
      "abou",
      "agai",
      "afte",
      "over",
      "into",
      "when",
      "what",
      "than",
      "then",
    ],
    ...[
      "whil",
      "such",
      "some",
      "only",
      "more",
      "most",
      "very",
      "just",
      "each",
      "othe",
      "anyo",
      "anyt",
      "answ",
    ],
    ...["week", "mont", "year", "toda", "yest", "earl", "late", "sinc", "unti", "wher", "here", "once"],
    ...["mond", "tues", "wedn", "thur", "frid", "satu", "sund"],
  ]),
].sort();

const STEM = /^[a-z]{4}$/;
for (const stem of STOP_STEMS) if (!STEM.test(stem)) throw new Error(`not a four-letter stem: ${stem}`);

const list = (stems: readonly string[]): string => `[${stems.map((s) => `'${s}'`).join(", ")}]`;

/** The lower-case words of a text (letters only), in order. */
const words = (text: string): string => String.raw`apoc.text.split(toLower(${text}), '[^\\p{L}]+')`;

/** The four-letter stems of the words of four letters or more of a text. */
const stems = (text: string): string => `[w IN ${words(text)} WHERE size(w) >= 4 | left(w, 4)]`;

/** What a relation says, for matching: its quote and the annotator's note. */
const saying = (r: string): string => `${r}.evidence + ' ' + coalesce(${r}.note, '')`;

const typeStems = `CASE type(claim)
${Object.entries(CLAIM_TYPE_STEMS)
  .map(([type, s]) => `    WHEN '${type}' THEN ${list(s)}`)
  .join("\n")}
    ELSE [] END`;

const DENIAL_TYPES = typesOfPlover("REJECT");
const CLAIM_TYPES = typesOfPlover("ACCUSE");

for (const type of CLAIM_TYPES.split("|")) {
  if (!CLAIM_TYPE_STEMS[type as RelationType])
    throw new Error(`no CLAIM_TYPE_STEMS for the claim type ${type}`);
}

/**
 * The denials that answer `claim` (with `claimant`, `accused` its ends), one row each with `denial`, `pairedBy`
 * and `sharedWords`: the body of an EXISTS and of a COLLECT subquery. Within the claim's article the candidates
 * are read by the denial type's articleId index; across articles, from the accused's roll-up peers (a hub
 * government's many officials make that the costly case).
 */
const answeringDenials = `CALL (claim, accused) {
  WITH claim WHERE $sameArticle
  MATCH (denier:Actor)-[denial:${DENIAL_TYPES}]->(deniedAccuser:Actor)
  WHERE denial.articleId = claim.articleId AND ${sameAfterRollUp("denier", "accused")}
  RETURN denial, denier, deniedAccuser
  UNION
  WITH accused WHERE NOT $sameArticle
  MATCH ${rollUpPeers("accused", "denier")}
  MATCH (denier)-[denial:${DENIAL_TYPES}]->(deniedAccuser:Actor)
  RETURN denial, denier, deniedAccuser
}
WITH denial, denier, deniedAccuser, claim, claimant, accused
WHERE ${sameAfterRollUp("deniedAccuser", "claimant")}
WITH denial, denier, deniedAccuser, claim, claimant, accused,
  reduce(names = [], a IN [claimant, accused, denier, deniedAccuser] |
    names + reduce(n = [], name IN [a.name] + coalesce(a.aliases, []) | n + ${stems("name")})) AS partyStems
WITH denial, denier, deniedAccuser, claim, claimant, accused,
  [s IN ${stems(saying("claim"))} WHERE NOT s IN partyStems AND NOT s IN ${list(STOP_STEMS)}] AS claimStems,
  [w IN ${words(saying("denial"))}
    WHERE size(w) >= 4 AND NOT left(w, 4) IN partyStems AND NOT left(w, 4) IN ${list(STOP_STEMS)}] AS denialWords,
  ${stems(saying("denial"))} AS denialStems
WITH denial, denier, deniedAccuser, claim, claimant, accused, denialWords,
  reduce(shared = [], w IN denialWords |
    CASE WHEN left(w, 4) IN claimStems AND NOT w IN shared THEN shared + w ELSE shared END) AS sharedWords,
  any(s IN denialStems WHERE s IN ${typeStems}) AS typeWord,
  denial.articleId = claim.articleId AS sameArticle
WHERE size(sharedWords) > 0 OR (size(denialWords) = 0 AND (typeWord OR sameArticle))
WITH denial, sharedWords, [reason IN [
    CASE WHEN sameArticle THEN 'SAME_ARTICLE' END,
    CASE WHEN size(sharedWords) > 0 THEN 'KEY_WORDS' END,
    CASE WHEN typeWord THEN 'TYPE_WORD' END,
    CASE WHEN denier <> accused THEN 'ROLLED_UP_DENIER' END,
    CASE WHEN deniedAccuser <> claimant THEN 'ROLLED_UP_ACCUSER' END
  ] WHERE reason IS NOT NULL] AS pairedBy`;

const indented = (text: string, spaces: number): string =>
  text
    .split("\n")
    .map((line) => " ".repeat(spaces) + line)
    .join("\n");

/**
 * A claim of one type, dated, in the field's order: read from the type's dateFrom index in order, so that
 * Neo4j stops after `$offset + $limit` of them.
 */
const datedClaimsOfType = (type: string): string => `MATCH ()-[claim:${type}]->()
WHERE claim.dateFrom <= date('+999999999-12-31')
WITH claim ORDER BY ${relationOrder("claim")} LIMIT $offset + $limit
RETURN claim`;

/**
 * The claims a page can come from. Across the corpus and without a `denied` filter, the first `$offset + $limit`
 * dated claims of each claim type (by index), and undated ones only when those do not fill the page, so that the
 * page is cut before any denial is read. With `denied`, every claim (by the type index): whether a claim stays
 * depends on its denials. With `actor`, that actor's claims, either way. (`collect` gives a row even when the
 * gate let none through, so the undated part repeats the gate.)
 */
const claimCandidates = `CALL () {
  WITH $actor AS actor WHERE actor IS NULL AND $denied IS NULL
  CALL () {
${indented(CLAIM_TYPES.split("|").map(datedClaimsOfType).join("\nUNION ALL\n"), 4)}
  }
  WITH claim ORDER BY ${relationOrder("claim")} LIMIT $offset + $limit
  WITH collect(claim) AS dated
  CALL (dated) {
    WITH dated WHERE $actor IS NULL AND $denied IS NULL AND size(dated) < $offset + $limit
    MATCH ()-[claim:${CLAIM_TYPES}]->()
    WHERE claim.dateFrom IS NULL
    WITH claim ORDER BY ${relationOrder("claim")} LIMIT $offset + $limit
    RETURN collect(claim) AS undated
  }
  UNWIND dated + undated AS claim
  RETURN claim
  UNION
  WITH $actor AS actor WHERE actor IS NULL AND $denied IS NOT NULL
  MATCH ()-[claim:${CLAIM_TYPES}]->()
  RETURN claim
  UNION
  MATCH (:Actor {id: $actor})-[claim:${CLAIM_TYPES}]-(:Actor)
  RETURN claim
}`;

export const claimsWithDenials = `${claimCandidates}
WITH claim, startNode(claim) AS claimant, endNode(claim) AS accused
WHERE $denied IS NULL OR $denied = EXISTS {
${indented(answeringDenials, 2)}
  RETURN denial
}
WITH claim, claimant, accused
ORDER BY ${relationOrder("claim")}
SKIP $offset LIMIT $limit
WITH claim, COLLECT {
${indented(answeringDenials, 2)}
  ORDER BY ${relationOrder("denial")} LIMIT 100
  RETURN {denial: denial, pairedBy: pairedBy, sharedWords: sharedWords} AS answer
} AS answers
WITH claim, [answer IN answers | answer {.pairedBy, .sharedWords,
  denial: [r IN [answer.denial] | ${relationMap("r")}][0]}] AS answers
RETURN {
  claim: [r IN [claim] | ${relationMap("r")}][0],
  denials: [answer IN answers | answer.denial],
  answers: answers
} AS pair`;
