import { Document, isSeq } from "yaml";
import type { ArticleText } from "../article/read-article.ts";
import type { ActorResolver } from "../resolver/actor-resolver.ts";
import { firstSentence } from "../text/first-sentence.ts";
import type { Span } from "../text/words.ts";

export interface Draft {
  readonly yaml: string;
  readonly knownFound: number;
  /** Words that name several known actors, each with the actors it may name. */
  readonly shared: readonly {
    readonly words: string;
    readonly offsets: readonly number[];
    readonly actorIds: readonly string[];
  }[];
  readonly candidates: readonly { readonly words: string; readonly offsets: readonly number[] }[];
}

// Capitalised words that open sentences or name no one; they never start a candidate name.
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

/** Small words that may stand inside a name ("Ministry of Foreign Affairs"); "and" never does: it joins two. */
const INSIDE_NAMES = new Set(["of", "for", "the"]);

const WORD = /\p{L}[\p{L}\p{M}\p{N}’'-]*/gu;

/**
 * Runs of capitalised words ("Proof of Registration", "Rawalpindi") outside the spans known actors cover: a run
 * stays on one line, is cut by punctuation and by words a known actor covers (so "Taliban’s Ministry of Foreign
 * Affairs" leaves "Ministry of Foreign Affairs"), and never joins two names across "and".
 */
export function capitalisedRuns(text: string, covered: readonly Span[]): Map<string, number[]> {
  const runs = new Map<string, { offsets: number[]; midSentence: boolean }>();
  let run: { start: number; end: number; word: string }[] = [];
  const flush = () => {
    while (run.length > 0 && (NOT_NAMES.has(run[0]?.word ?? "") || INSIDE_NAMES.has(run[0]?.word ?? "")))
      run.shift();
    while (run.length > 0 && INSIDE_NAMES.has(run.at(-1)?.word ?? "")) run.pop();
    const first = run[0];
    const last = run.at(-1);
    run = [];
    if (!first || !last || (first === last && first.word.length < 2)) return;
    const words = text.slice(first.start, last.end);
    const entry = runs.get(words) ?? { offsets: [], midSentence: false };
    entry.offsets.push(first.start);
    entry.midSentence ||= !startsSentence(text, first.start);
    runs.set(words, entry);
  };
  let previousEnd = -1;
  for (const m of text.matchAll(WORD)) {
    // A possessive ends the name it is on: "Dar’s visit".
    const word = m[0].replace(/[’']s$/, "");
    const start = m.index;
    const end = start + word.length;
    const capitalised = /^\p{Lu}/u.test(word);
    const joined = previousEnd >= 0 && /^[ \t]+$/.test(text.slice(previousEnd, start));
    const isCovered = covered.some((s) => start < s.end && s.start < end);
    if (isCovered || !joined || !(capitalised || INSIDE_NAMES.has(word))) flush();
    if (!isCovered && (capitalised || (run.length > 0 && INSIDE_NAMES.has(word))))
      run.push({ start, end, word });
    previousEnd = m[0].length === word.length ? end : -1;
  }
  flush();
  // A lone capitalised word seen only where sentences start is most often an ordinary word ("Nearly").
  return new Map(
    [...runs]
      .filter(([words, e]) => e.midSentence || /\s/.test(words))
      .map(([words, e]) => [words, e.offsets]),
  );
}

/** Whether `at` opens a sentence: the text's start, a new line, or after . ! ? (an opening quote may come first). */
function startsSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 8), at);
  if (at <= 8 && /^\s*["“‘(]?$/.test(before)) return true;
  return /(?:[.!?]["”’)]*\s+|\n\s*)["“‘(]?$/.test(before);
}

/**
 * A starting annotation for a new article: its metadata, the corpus's known actors found in its text (as `ref`
 * entries, each with where it was found), the words that name several known actors with all of them, and
 * capitalised names that match no known actor, as comments for the researcher to turn into actors. Relations
 * are left empty: they need a reader.
 */
export function draftAnnotation(article: ArticleText, textPath: string, resolver: ActorResolver): Draft {
  const { byActor, conflicts } = resolver.mentionsIn(article.text);
  const firstAt = new Map<string, number>();
  for (const [id, spans] of byActor) firstAt.set(id, spans[0]?.start ?? 0);
  for (const c of conflicts) {
    for (const id of c.actorIds) firstAt.set(id, Math.min(firstAt.get(id) ?? c.span.start, c.span.start));
  }
  const found = [...firstAt.keys()].sort((a, b) => (firstAt.get(a) ?? 0) - (firstAt.get(b) ?? 0));

  const sharedByWords = new Map<string, { offsets: number[]; actorIds: readonly string[] }>();
  for (const c of conflicts) {
    const words = article.text.slice(c.span.start, c.span.end);
    const key = `${words}\u0000${c.actorIds.join("|")}`;
    const entry = sharedByWords.get(key) ?? { offsets: [], actorIds: c.actorIds };
    entry.offsets.push(c.span.start);
    sharedByWords.set(key, entry);
  }
  const shared = [...sharedByWords].map(([key, e]) => ({ words: key.split("\u0000")[0] as string, ...e }));
  // The dateline names a place and perhaps a wire agency, not an actor to annotate.
  const dateline = article.datelineEnd > 0 ? [{ start: 0, end: article.datelineEnd }] : [];
  const covered = [...byActor.values(), ...conflicts.map((c) => [c.span]), dateline].flat();
  const candidates = [...capitalisedRuns(article.text, covered)].map(([words, offsets]) => ({
    words,
    offsets,
  }));

  const doc = new Document({
    // A `title:` line in the article file is the title; otherwise the first sentence stands in for the headline.
    article: {
      id: article.fileId,
      text: textPath,
      ...(article.title === null ? { title: firstSentence(article.text, article.datelineEnd) } : {}),
    },
    actors: found.map((id) => ({ ref: id })),
    relations: [],
  });
  doc.commentBefore =
    ` Draft annotation of ${article.fileId} (${article.date}), written by \`actorgraph draft\`.\n` +
    ` Known actors from ${resolver.source.kind === "graph" ? "the graph" : "the annotation files"}.\n` +
    " Check each actor below, add the new ones (see the candidates at the end), then the relations;\n" +
    " `actorgraph validate` says what is missing.";
  const actorsNode = doc.get("actors", true);
  if (!isSeq(actorsNode)) throw new Error("unexpected draft shape");
  found.forEach((id, i) => {
    const node = actorsNode.items[i] as { commentBefore?: string } | undefined;
    if (!node) return;
    const own = (byActor.get(id) ?? []).map((s) => `"${article.text.slice(s.start, s.end)}" at ${s.start}`);
    const sharedHere = shared
      .filter((s) => s.actorIds.includes(id))
      .map((s) => `"${s.words}" (shared) at ${s.offsets.join(", ")}`);
    node.commentBefore = ` ${resolver.actors.get(id)?.name}: ${[...own, ...sharedHere].join(", ")}`;
  });
  const tail: string[] = [];
  if (shared.length > 0) {
    tail.push(
      " Words that name several known actors: give each actor the `mentions` it is named by (offsets in the text):",
      ...shared.map((s) => `   "${s.words}" at ${s.offsets.join(", ")}: ${s.actorIds.join(" | ")}`),
    );
  }
  if (candidates.length > 0) {
    tail.push(
      " Capitalised names that match no known actor (offsets in the text):",
      ...candidates.map((c) => `   ${c.words}: ${c.offsets.join(", ")}`),
    );
  }
  if (tail.length > 0) doc.comment = tail.join("\n");
  return { yaml: doc.toString({ lineWidth: 0 }), knownFound: found.length, shared, candidates };
}
