import { Document, isMap, type YAMLMap } from "yaml";
import type { ArticleText } from "../article/read-article.ts";
import type { ActorRow } from "../model/rows.ts";
import { findMentions, type Span } from "../text/find-mentions.ts";

export interface Draft {
  readonly yaml: string;
  readonly knownFound: number;
  readonly candidates: readonly { readonly words: string; readonly offsets: readonly number[] }[];
}

// Capitalised words that open sentences or name no one; a candidate made only of these is dropped.
const NOT_NAMES = new Set(
  [
    "A An And As At But By For From He Her His I If In It Its Last Many More Most Next No Not Of On Or She Since",
    "So That The Their There These They This Those To Under We What When While Who With",
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July",
    "August September October November December",
  ]
    .join(" ")
    .split(" "),
);

/** Runs of capitalised words ("Proof of Registration", "Rawalpindi") that no known actor's forms cover. */
function capitalisedRuns(text: string, covered: readonly Span[]): Map<string, number[]> {
  const runs = new Map<string, number[]>();
  const pattern = /\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|the|and)?\s*\p{Lu}[\p{L}’'-]*)*/gu;
  for (const m of text.matchAll(pattern)) {
    // "The UN" is a candidate "UN": drop opening words that name no one.
    const all = m[0]
      .replace(/[’']s$/, "")
      .trim()
      .split(/\s+/);
    while (all.length > 0 && NOT_NAMES.has(all[0] as string)) all.shift();
    const words = all.join(" ");
    const start = m.index + m[0].indexOf(words);
    if (words === "") continue;
    if (words.split(/\s+/).every((w) => NOT_NAMES.has(w) || w.length < 2)) continue;
    if (/^[\p{Lu}\s]+$/u.test(words) && text[start + m[0].length] === ":") continue; // the dateline
    if (covered.some((s) => start < s.end && s.start < start + words.length)) continue;
    runs.set(words, [...(runs.get(words) ?? []), start]);
  }
  return runs;
}

/**
 * A starting annotation for a new article: its metadata, the corpus's known actors found in its text (as `ref`
 * entries, each with where it was found), and capitalised names that match no known actor, as comments for the
 * researcher to turn into actors. Relations are left empty: they need a reader.
 */
export function draftAnnotation(
  article: ArticleText,
  textPath: string,
  known: ReadonlyMap<string, ActorRow>,
): Draft {
  const { byActor } = findMentions(
    article.text,
    [...known.values()].map((a) => ({ actorId: a.id, forms: [a.name, ...a.aliases] })),
  );
  const found = [...byActor.entries()].sort((a, b) => (a[1][0]?.start ?? 0) - (b[1][0]?.start ?? 0));
  const candidates = [...capitalisedRuns(article.text, [...byActor.values()].flat()).entries()].map(
    ([words, offsets]) => ({ words, offsets }),
  );
  const firstSentence =
    /^(?:[A-Z .'’-]+:\s*)?(.*?[.!?])(?:\s|$)/s.exec(article.text)?.[1] ?? article.text.slice(0, 120);

  const doc = new Document({
    article: { id: article.fileId, text: textPath, title: firstSentence.trim() },
    actors: found.map(([id]) => ({ ref: id })),
    relations: [],
  });
  doc.commentBefore =
    ` Draft annotation of ${article.fileId} (${article.date}), written by \`actorgraph draft\`.\n` +
    " Check each actor below, add the new ones (see the candidates at the end), then the relations;\n" +
    " `actorgraph validate` says what is missing.";
  const actorsNode = doc.get("actors", true);
  if (isMap(actorsNode) || !actorsNode) throw new Error("unexpected draft shape");
  found.forEach(([id, spans], i) => {
    const node = (actorsNode as unknown as { items: YAMLMap[] }).items[i];
    if (node) {
      node.commentBefore = ` ${known.get(id)?.name}: ${spans
        .map((s) => `"${article.text.slice(s.start, s.end)}" at ${s.start}`)
        .join(", ")}`;
    }
  });
  if (candidates.length > 0) {
    doc.comment = ` Capitalised names that match no known actor (offsets in the text):\n${candidates
      .map((c) => `   ${c.words}: ${c.offsets.join(", ")}`)
      .join("\n")}`;
  }
  return { yaml: doc.toString({ lineWidth: 0 }), knownFound: found.length, candidates };
}
