import type { CoreNLPDocument, CoreNLPSentence, CoreNLPToken } from "../nlp/client/corenlp-document.ts";
import type { Span } from "../text/words.ts";

type Dependency = CoreNLPSentence["enhancedPlusPlusDependencies"][number];
type EntityMention = CoreNLPSentence["entitymentions"][number];

/**
 * One sentence's enhanced++ dependency graph, indexed for the coder's walks. Token indices are CoreNLP's:
 * 1-based within the sentence, 0 is ROOT.
 */
export class SentenceView {
  private readonly down = new Map<number, Dependency[]>();
  private readonly up = new Map<number, Dependency[]>();

  constructor(
    readonly sentence: CoreNLPSentence,
    readonly text: string,
  ) {
    for (const d of sentence.enhancedPlusPlusDependencies) {
      this.down.set(d.governor, [...(this.down.get(d.governor) ?? []), d]);
      this.up.set(d.dependent, [...(this.up.get(d.dependent) ?? []), d]);
    }
  }

  token(index: number): CoreNLPToken | undefined {
    return this.sentence.tokens[index - 1];
  }

  get tokens(): readonly CoreNLPToken[] {
    return this.sentence.tokens;
  }

  /** Dependents of `index` through `label` ("obj"), or through every label when none is given. */
  children(index: number, label?: string): number[] {
    return (this.down.get(index) ?? [])
      .filter((d) => label === undefined || d.dep === label)
      .map((d) => d.dependent);
  }

  /** The edges into `index`. */
  parents(index: number): readonly Dependency[] {
    return this.up.get(index) ?? [];
  }

  /** Whether `index` has a dependent through one of `labels` whose lemma (lower-cased) is in `lemmas`. */
  hasChild(index: number, labels: readonly string[], lemmas: ReadonlySet<string>): boolean {
    return labels.some((l) => this.children(index, l).some((c) => lemmas.has(this.lemma(c))));
  }

  lemma(index: number): string {
    return (this.token(index)?.lemma ?? "").toLowerCase();
  }

  span(index: number): Span {
    const t = this.token(index);
    return t ? { start: t.characterOffsetBegin, end: t.characterOffsetEnd } : { start: 0, end: 0 };
  }

  /** The characters from token `first` to token `last`, inclusive. */
  spanOf(first: number, last: number): Span {
    return { start: this.span(first).start, end: this.span(last).end };
  }

  /** The entity mention (not a time or a number) a token belongs to. */
  entityAt(index: number): EntityMention | undefined {
    // CoreNLP marks pronouns as PERSON mentions ("his"); a pronoun names no one without coreference.
    if (/^(?:PRP|WP)/.test(this.token(index)?.pos ?? "")) return undefined;
    return this.sentence.entitymentions.find(
      (m) => m.tokenBegin < index && index <= m.tokenEnd && !NOT_ACTORS.has(m.ner),
    );
  }

  /** Every token under `index` (itself included), not crossing into clauses of their own. */
  subtree(index: number, skip: ReadonlySet<string> = new Set()): number[] {
    const seen = new Set([index]);
    const stack = [index];
    while (stack.length > 0) {
      const at = stack.pop() as number;
      for (const d of this.down.get(at) ?? []) {
        // enhanced++ adds edges that make cycles (relative clauses, shared subjects): only basic-like ones count.
        if (skip.has(d.dep) || CLAUSAL.test(d.dep) || d.dep === "ref" || d.dep.includes("xsubj")) continue;
        if (d.dependent > 0 && !seen.has(d.dependent)) {
          seen.add(d.dependent);
          stack.push(d.dependent);
        }
      }
    }
    return [...seen].sort((a, b) => a - b);
  }
}

/** Edges that open a clause of its own: a phrase's extent stops there. */
const CLAUSAL = /^(?:acl|advcl|ccomp|xcomp|parataxis|conj|csubj|dep|punct|appos)/;

/** NER classes that never name an actor. */
const NOT_ACTORS = new Set([
  "DATE",
  "TIME",
  "DURATION",
  "SET",
  "NUMBER",
  "ORDINAL",
  "MONEY",
  "PERCENT",
  "CAUSE_OF_DEATH",
  "CRIMINAL_CHARGE",
  "URL",
  "EMAIL",
]);

/** The sentences of a document, each with its view. */
export function sentenceViews(document: CoreNLPDocument, text: string): SentenceView[] {
  return document.sentences.map((s) => new SentenceView(s, text));
}
