import type { ActorKind, Sector } from "../model/vocabulary.ts";
import type { Span } from "../text/words.ts";
import type { SentenceView } from "./parse-view.ts";
import type { Lexicon } from "./verb-patterns.ts";

/** An actor the coder found: its names, and every span of the text it claimed for it. */
export interface FoundActor {
  readonly key: string;
  readonly kind: ActorKind;
  name: string;
  readonly aliases: Set<string>;
  sector?: Sector;
  /** CoreNLP's class for the words it was found by, for the description. */
  readonly ner: string;
  readonly spans: Span[];
}

/** An actor in one place of the text: the argument of a relation, a speaker, an office holder. */
/**
 * How an argument reads a place: `agent`, a party acting or acted on (a country or a capital is its government);
 * `place`, somewhere visited (a country stays the country, a capital is its host government); `plain`, a place
 * as such (a country, and a city is no actor).
 */
export type ArgumentRole = "agent" | "place" | "plain";

export interface ActorMention {
  readonly actor: FoundActor;
  readonly span: Span;
  /** The sentence token the actor was read from (its head word). */
  readonly token: number;
}

const PRONOUN_TAGS = new Set(["PRP", "PRP$", "WP", "WP$", "WDT", "DT", "EX"]);
const PLACE = new Set(["COUNTRY", "LOCATION", "STATE_OR_PROVINCE"]);
const PLACE_OR_CITY = new Set([...PLACE, "CITY"]);

/** Whether `adjective` is the demonym of `place`: Ildranian/Ildran, Corvanian/Corvania, Pakistani/Pakistan. */
export function isDemonymOf(adjective: string, place: string): boolean {
  const a = adjective.toLowerCase();
  const p = place.toLowerCase();
  if (a === p || p.includes(" ") || a.length < 4) return false;
  const stem = (w: string, endings: readonly string[]) => {
    const e = endings.find((x) => w.endsWith(x) && w.length - x.length >= 3);
    return e === undefined ? w : w.slice(0, -e.length);
  };
  const adjectiveStem = stem(a, ["ian", "ean", "ese", "ish", "an", "i", "n"]);
  return (
    adjectiveStem === stem(p, ["ia", "a", "e", "y"]) ||
    adjectiveStem === p ||
    (a.length >= 5 && p.startsWith(a))
  );
}
const MODIFIERS = ["compound", "amod", "nmod:poss"];

/**
 * The article's actors as the coder finds them, one per name: every span is claimed by one actor only, so the
 * draft never gives two actors the same words.
 */
export class ActorTable {
  readonly actors = new Map<string, FoundActor>();
  private readonly claimed = new Map<number, FoundActor>();

  constructor(
    readonly text: string,
    readonly lexicon: Lexicon,
    /** The article's place names (CoreNLP's COUNTRY, LOCATION, STATE_OR_PROVINCE, CITY), for demonyms. */
    readonly places: readonly string[] = [],
    /** Where the dateline ("VELSK, Marrova — (AP) —") ends: a place there says where it was written, no actor. */
    readonly datelineEnd = 0,
  ) {}

  private words(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** The actor that already claimed a span starting at `start`. */
  owner(start: number): FoundActor | undefined {
    return this.claimed.get(start);
  }

  /**
   * The actor named `name` of `kind` (one person under their full and short names: "Tomas Keller", "Keller"),
   * with `span` claimed for it unless another actor has it.
   */
  add(kind: ActorKind, name: string, span: Span, ner: string, sector?: Sector): ActorMention | undefined {
    if (span.start < this.datelineEnd) return undefined;
    const previous = this.claimed.get(span.start);
    // One span, one actor: a longer phrase that starts at the same word ("UN refugee agency", "UN") is another.
    if (previous && !previous.spans.some((s) => s.start === span.start && s.end === span.end)) {
      return this.addOverlapping(kind, name, span, ner, sector);
    }
    if (previous) return { actor: previous, span, token: 0 };
    let actor = this.find(kind, name);
    if (!actor) {
      actor = { key: `${kind}:${name}`, kind, name, aliases: new Set(), ner, spans: [], sector };
      this.actors.set(actor.key, actor);
    } else if (kind === "Person" && name.split(" ").length > actor.name.split(" ").length) {
      actor.aliases.add(actor.name);
      actor.name = name;
    }
    const words = this.words(span);
    if (words !== actor.name) actor.aliases.add(words);
    actor.aliases.delete(actor.name);
    actor.sector ??= sector;
    actor.spans.push(span);
    this.claimed.set(span.start, actor);
    return { actor, span, token: 0 };
  }

  private addOverlapping(
    kind: ActorKind,
    name: string,
    span: Span,
    ner: string,
    sector?: Sector,
  ): ActorMention {
    let actor = this.find(kind, name);
    if (!actor) {
      actor = { key: `${kind}:${name}`, kind, name, aliases: new Set(), ner, spans: [], sector };
      this.actors.set(actor.key, actor);
    }
    if (!actor.spans.some((s) => s.start === span.start && s.end === span.end)) actor.spans.push(span);
    return { actor, span, token: 0 };
  }

  private find(kind: ActorKind, name: string): FoundActor | undefined {
    const exact = this.actors.get(`${kind}:${name}`);
    if (exact || kind !== "Person") return exact;
    // A person's surname alone, or the full name after the surname: one person.
    const words = name.split(" ");
    for (const a of this.actors.values()) {
      if (a.kind !== "Person") continue;
      const known = a.name.split(" ");
      const [short, long] = words.length < known.length ? [words, known] : [known, words];
      if (short.every((w) => long.includes(w)) && short.at(-1) === long.at(-1)) return a;
    }
    return undefined;
  }

  /**
   * The actor a sentence token names, reading its noun phrase. `agent`: the token is an argument of a political
   * verb or a speaker, where a country or a capital acts as its government.
   */
  read(view: SentenceView, index: number, role: ArgumentRole, depth = 0): ActorMention | undefined {
    const agent = role === "agent";
    const token = view.token(index);
    if (!token || depth > 3 || PRONOUN_TAGS.has(token.pos)) return undefined;
    const lemma = view.lemma(index);
    const mentionAt = (m: ActorMention | undefined) => (m ? { ...m, token: index } : undefined);

    // "the Pakistan government", "the Afghan government", "Valdoria's administration": one government per place.
    if (this.lexicon.government.includes(lemma)) {
      // "the military government in Orsk": the seat names it too.
      const seat = view.children(index, "nmod:in").find((m) => this.namesPlace(view, m));
      if (seat !== undefined && !this.modifiers(view, index).some((m) => this.namesPlace(view, m))) {
        const span = view.spanOf(Math.min(index, ...this.modifiers(view, index)), seat);
        return mentionAt(this.add("Government", this.governmentName(view, seat), span, "O", "GOV"));
      }
      const modifier = this.modifiers(view, index).find((m) => this.namesPlace(view, m));
      if (modifier === undefined) return undefined;
      const first = Math.min(...this.modifiers(view, index), index);
      const span = view.spanOf(first, index);
      const entity = view.entityAt(modifier);
      // "The Taliban government", "the Sable Front administration": a movement's government, named by its words.
      const ofPeople = !entity || !["ORGANIZATION", "PERSON"].includes(entity.ner);
      const name = ofPeople ? this.governmentName(view, modifier) : this.words(span).replace(/^the /i, "");
      return mentionAt(this.add("Government", name, span, entity?.ner ?? "O", "GOV"));
    }
    // "Ildran's defence ministry", "the Marrovan interior ministry": a body of a government, named by its words.
    if (this.lexicon.ministries.includes(lemma)) {
      const modifier = this.modifiers(view, index).find((m) => this.namesPlace(view, m));
      if (modifier === undefined) return undefined;
      const first = Math.min(...this.modifiers(view, index), index);
      const span = view.spanOf(first, index);
      return mentionAt(this.add("Government", this.words(span).replace(/^the /i, ""), span, "O", "GOV"));
    }
    // "the UN refugee agency", "NATO forces", "Valdorian police"
    const orgSector = this.lexicon.organisation[lemma.toLowerCase()];
    if (orgSector !== undefined && !view.entityAt(index)) {
      const modifiers = this.modifiers(view, index).filter(
        (m) => view.entityAt(m) || view.token(m)?.pos.startsWith("NNP"),
      );
      if (modifiers.length > 0) {
        const first = Math.min(...modifiers, ...view.children(index, "compound"));
        const span = view.spanOf(first, index);
        return mentionAt(
          this.add("Organization", this.words(span), span, "ORGANIZATION", orgSector ?? undefined),
        );
      }
    }
    // "analysts", "Pakistani security officials", "Hundreds of families"
    const groupSector = this.lexicon.groups[token.word.toLowerCase()];
    if (groupSector !== undefined && token.pos.startsWith("NNS") && !view.entityAt(index)) {
      const modifiers = [
        ...view.children(index, "compound"),
        ...view.children(index, "amod").filter((m) => view.entityAt(m)),
      ];
      const first = Math.min(index, ...modifiers);
      const span = view.spanOf(first, index);
      return mentionAt(this.add("Group", this.words(span), span, "O", groupSector ?? undefined));
    }

    const entity = view.entityAt(index);
    if (entity) {
      const span = { start: entity.characterOffsetBegin, end: entity.characterOffsetEnd };
      switch (entity.ner) {
        case "PERSON":
          // CoreNLP sometimes takes a nationality for a person ("Ostravan"): a lone adjective-like word that
          // modifies another noun is not a person.
          if (view.parents(index).some((p) => p.dep === "compound" || p.dep === "amod")) return undefined;
          return mentionAt(this.add("Person", entity.text, span, "PERSON"));
        case "ORGANIZATION":
          return mentionAt(
            this.add("Organization", entity.text, span, "ORGANIZATION", orgSectorOf(entity.text)),
          );
        case "COUNTRY":
        case "LOCATION":
        case "STATE_OR_PROVINCE":
          return mentionAt(
            agent
              ? this.add("Government", `Government of ${entity.text}`, span, entity.ner, "GOV")
              : this.add("Country", entity.text, span, entity.ner),
          );
        case "CITY":
          // A capital acting, or visited, is its government; a city as a mere place is no actor.
          return role === "plain"
            ? undefined
            : mentionAt(this.add("Government", entity.text, span, "CITY", "GOV"));
        case "NATIONALITY":
        case "MISC":
          // "Afghans", "Ostravans": a people as a group. An adjective ("Afghan") only modifies.
          if (token.pos.startsWith("NNS") || token.pos === "NNPS")
            return mentionAt(this.add("Group", entity.text, span, entity.ner));
          return undefined;
        case "TITLE": {
          // "foreign minister Ishaq Dar" parsed with the title as head: the person is its dependent.
          const person = [...view.children(index, "dep"), ...view.children(index, "appos")].find(
            (c) => view.entityAt(c)?.ner === "PERSON",
          );
          return person === undefined ? undefined : this.read(view, person, role, depth + 1);
        }
        default:
          return undefined;
      }
    }
    // A proper noun CoreNLP's NER left out ("the TTP"): an organisation, named by its compounds.
    const proper = (i: number) =>
      view.token(i)?.pos.startsWith("NNP") || /^\p{Lu}{2,}$/u.test(view.token(i)?.word ?? "");
    if (proper(index) && token.pos.startsWith("NN") && token.ner === "O") {
      const first = Math.min(index, ...view.children(index, "compound").filter(proper));
      const span = view.spanOf(first, index);
      return mentionAt(this.add("Organization", this.words(span), span, "O"));
    }
    // "The TTP is a group that carries out …": a predicate noun stands for its subject.
    if (token.pos.startsWith("NN") && view.children(index, "cop").length > 0) {
      for (const subject of view.children(index, "nsubj")) {
        const found = this.read(view, subject, role, depth + 1);
        if (found) return found;
      }
    }
    // "Islamabad's campaign", "the ministry's plan": an event noun stands for its possessor.
    if (token.pos.startsWith("NN")) {
      for (const owner of view.children(index, "nmod:poss")) {
        const found = this.read(view, owner, role, depth + 1);
        if (found) return found;
      }
      // "X was one of three countries that recognised …": the relative clause's subject is X.
      for (const p of view.parents(index)) {
        if (p.dep === "nmod:of" && view.lemma(p.governor) === "one") {
          for (const subject of view.children(p.governor, "nsubj")) {
            const found = this.read(view, subject, role, depth + 1);
            if (found) return found;
          }
        }
      }
      // "the Quarnian capital, Senn": the apposition names it.
      for (const appos of view.children(index, "appos")) {
        const found = this.read(view, appos, role, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** Whether a modifier names a place or a people: "Pakistan", "Afghan", "Valdorian", "Ildran's". */
  namesPlace(view: SentenceView, index: number): boolean {
    const token = view.token(index);
    if (!token || PRONOUN_TAGS.has(token.pos)) return false;
    const entity = view.entityAt(index);
    if (entity)
      return (
        ["COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "CITY", "NATIONALITY", "MISC"].includes(entity.ner) ||
        /^\p{Lu}/u.test(token.word)
      );
    return token.pos.startsWith("NNP") || (token.pos === "JJ" && /^\p{Lu}/u.test(token.word));
  }

  /**
   * The government a place or a people names: "Government of Ildran" for "Ildran" and for "Ildranian" when the
   * article names Ildran (a demonym is its place's name with an ending: -ian, -an, -i, -ese, -ish); else "Afghan
   * government".
   */
  governmentName(view: SentenceView, index: number): string {
    const entity = view.entityAt(index);
    const words = entity?.text ?? view.token(index)?.word ?? "";
    if (entity && PLACE_OR_CITY.has(entity.ner)) return `Government of ${words}`;
    const place = this.places.find((p) => isDemonymOf(words, p));
    // "Ildran" beside "Ildranian": the longer word is the demonym, the shorter the place.
    if (place && place.length > words.length && isDemonymOf(place, words)) return `Government of ${words}`;
    return place ? `Government of ${place}` : `${words} government`;
  }

  /** The government of the place or people a token names, claiming the token's words. */
  governmentAt(view: SentenceView, index: number): ActorMention | undefined {
    if (!this.namesPlace(view, index)) return undefined;
    const entity = view.entityAt(index);
    const span = entity
      ? { start: entity.characterOffsetBegin, end: entity.characterOffsetEnd }
      : view.span(index);
    const m = this.add("Government", this.governmentName(view, index), span, entity?.ner ?? "O", "GOV");
    return m ? { ...m, token: index } : undefined;
  }

  modifiers(view: SentenceView, index: number): number[] {
    return MODIFIERS.flatMap((l) => view.children(index, l));
  }
}

/** The sector an organisation's own name says. */
function orgSectorOf(name: string): Sector | undefined {
  if (/^(?:UN|United Nations)\b/.test(name)) return "UNO";
  if (/\b(?:International|Organi[sz]ation for|Union)\b/.test(name)) return "IGO";
  if (/\b(?:Army|Forces|Military)\b/.test(name)) return "MIL";
  if (/\bPolice\b/.test(name)) return "COP";
  return undefined;
}
