import type {
  AnnotatedActor,
  AnnotatedActorRef,
  AnnotatedRelation,
} from "../annotation/annotation-schema.ts";
import { type ArticleText, readArticle } from "../article/read-article.ts";
import type { RelationStatus, RelationType } from "../model/vocabulary.ts";
import { relationTypeDefinition } from "../model/vocabulary.ts";
import { annotate } from "../nlp/client/annotate.ts";
import type { CoreNLPDocument } from "../nlp/client/corenlp-document.ts";
import type { OpenCoreNLP } from "../nlp/open-corenlp.ts";
import type { ActorResolver } from "../resolver/actor-resolver.ts";
import { findMentions } from "../text/find-mentions.ts";
import { firstSentence } from "../text/first-sentence.ts";
import { occurrencesOf } from "../text/locate-quote.ts";
import { parseIsoDate, type ResolvedDate, resolveDate } from "../text/resolve-date.ts";
import type { Span } from "../text/words.ts";
import { type ActorMention, ActorTable, type ArgumentRole, type FoundActor } from "./actors.ts";
import { type SentenceView, sentenceViews } from "./parse-view.ts";
import { type VerbPattern, type VerbPatterns, verbPatterns } from "./verb-patterns.ts";

/** A relation the machine coded: an annotation relation with who coded it, how sure the rule is, and the rule. */
export interface MachineRelation extends AnnotatedRelation {
  readonly coder: "machine";
  readonly confidence: number;
  /** The pattern or rule that fired (a comment in the YAML). */
  readonly rule: string;
}

/** A draft annotation for a researcher to review: the annotation format, plus the machine's provenance. */
export interface MachineDraft {
  readonly article: { readonly id: string; readonly text: string; readonly title?: string };
  readonly actors: (AnnotatedActor | AnnotatedActorRef)[];
  readonly relations: MachineRelation[];
  readonly warnings: string[];
}

/** Reads the article, has CoreNLP annotate it, and codes it. */
export async function extractArticle(
  path: string,
  deps: { readonly corenlp: OpenCoreNLP; readonly resolver: ActorResolver; readonly textPath?: string },
): Promise<MachineDraft> {
  const article = await readArticle(path);
  const document = await annotate(deps.corenlp, article.text, {
    date: article.date,
    timeoutMs: deps.corenlp.timeoutMs,
  });
  return codeArticle(document, article, deps.textPath ?? path, deps.resolver);
}

interface Coded {
  readonly type: RelationType;
  readonly source: ActorMention;
  readonly target: ActorMention;
  readonly evidence: Span;
  readonly status: RelationStatus;
  readonly when?: { readonly when: string; readonly dateText?: string };
  readonly attributedTo?: FoundActor;
  readonly quantity?: { readonly value: number; readonly text: string };
  readonly role?: string;
  readonly confidence: number;
  readonly rule: string;
}

/** The time words a clause carries: the article's words and the date they resolve to. */
interface TimeWords {
  readonly words: string;
  readonly when: { readonly when: string; readonly dateText?: string };
  readonly date: ResolvedDate;
}

const STATUS_ORDER: readonly RelationStatus[] = ["denied", "alleged", "planned", "historical", "asserted"];
/** Events that ended this long before the article are background: `historical`. */
const HISTORICAL_YEARS = 2;

/**
 * Codes one article from CoreNLP's annotation: actors from entity mentions and noun groups, relations from the
 * verb patterns of verb-patterns.yaml, each with status, attribution, date, quantity and verbatim evidence.
 * Pure: the same document, article and resolver give the same draft.
 */
export function codeArticle(
  document: CoreNLPDocument,
  article: ArticleText,
  textPath: string,
  resolver: ActorResolver,
  dictionary: VerbPatterns = verbPatterns(),
): MachineDraft {
  const coder = new Coder(document, article, dictionary);
  coder.run();
  return coder.draft(textPath, resolver);
}

class Coder {
  readonly text: string;
  readonly views: SentenceView[];
  readonly actors: ActorTable;
  readonly coded: Coded[] = [];
  readonly warnings: string[] = [];
  private readonly lex: VerbPatterns["lexicon"];
  private readonly sets: Record<string, ReadonlySet<string>>;

  constructor(
    readonly document: CoreNLPDocument,
    readonly article: ArticleText,
    readonly dictionary: VerbPatterns,
  ) {
    this.text = article.text;
    this.views = sentenceViews(document, article.text);
    // Place names for demonyms: CoreNLP's places first, then any proper noun (invented countries are often
    // tagged as persons or organisations, or not at all).
    const places = document.sentences.flatMap((s) => [
      ...s.entitymentions
        .filter((m) => ["COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "CITY"].includes(m.ner))
        .map((m) => m.text),
      ...s.tokens.filter((t) => t.pos === "NNP").map((t) => t.word),
    ]);
    this.actors = new ActorTable(article.text, dictionary.lexicon, [...new Set(places)], article.datelineEnd);
    this.lex = dictionary.lexicon;
    const set = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
    this.sets = {
      reporting: set(this.lex.reporting),
      alleging: set(this.lex.alleging),
      intending: set(this.lex.intending),
      modals: set(this.lex.modals),
      negations: set(this.lex.negations),
      allegedly: set(this.lex.allegedly),
      denying: set(this.lex.denying),
      accusing: set(this.lex.accusing),
    };
  }

  run(): void {
    for (const view of this.views) {
      this.offices(view);
      for (const token of view.tokens) {
        // The dateline names a place, not an actor.
        if (token.characterOffsetBegin < this.article.datelineEnd) continue;
        this.trigger(view, token.index);
        this.servesAs(view, token.index);
        this.spokenJudgement(view, token.index);
      }
    }
    // Every named person, organisation, country and people, also when no relation names it.
    for (const view of this.views) {
      for (const m of view.sentence.entitymentions) {
        if (m.characterOffsetBegin < this.article.datelineEnd) continue;
        if (!["PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY", "MISC"].includes(m.ner)) continue;
        if (this.actors.owner(m.characterOffsetBegin)) continue;
        if (this.insideClaimed(m.characterOffsetBegin)) continue;
        // "UN" in "the UN refugee agency", "NATO" in "NATO forces": the phrase is the actor.
        const head = view
          .parents(m.tokenEnd)
          .find((p) => p.dep === "compound" && this.isOrganisationHead(view.lemma(p.governor)))?.governor;
        this.actors.read(view, head ?? m.tokenEnd, "plain");
      }
      // Groups named by a plural noun ("analysts", "militants") where they act or are acted on.
      for (const token of view.tokens) {
        if (this.lex.groups[token.word.toLowerCase()] === undefined || !token.pos.startsWith("NNS")) continue;
        if (this.insideClaimed(token.characterOffsetBegin)) continue;
        if (view.parents(token.index).some((p) => /^(?:nsubj|obj|obl|nmod)/.test(p.dep))) {
          this.actors.read(view, token.index, "plain");
        }
      }
      this.bodies(view);
    }
  }

  private isOrganisationHead(lemma: string): boolean {
    return this.lex.organisation[lemma] !== undefined || this.lex.government.includes(lemma);
  }

  /** "the UN refugee agency": a body named after its organisation is PART_OF it; a ministry, of its government. */
  private bodies(view: SentenceView): void {
    for (const token of view.tokens) {
      if (this.lex.ministries.includes(token.lemma.toLowerCase())) {
        const place = ["compound", "amod", "nmod:poss"]
          .flatMap((l) => view.children(token.index, l))
          .find((m) => this.actors.namesPlace(view, m));
        const ministry = place === undefined ? undefined : this.actors.read(view, token.index, "plain");
        const government = place === undefined ? undefined : this.actors.governmentAt(view, place);
        if (ministry && government && ministry.actor !== government.actor) {
          this.coded.push({
            type: "PART_OF",
            source: ministry,
            target: { ...government, token: 0 },
            evidence: ministry.span,
            status: "asserted",
            confidence: 0.6,
            rule: "ministry-of-government",
          });
        }
        continue;
      }
      if (!this.lex.bodies.includes(token.lemma.toLowerCase())) continue;
      const parent = view
        .children(token.index, "compound")
        .find((c) => view.entityAt(c)?.ner === "ORGANIZATION");
      if (parent === undefined) continue;
      const body = this.actors.read(view, token.index, "plain");
      const entity = view.entityAt(parent);
      if (!body || !entity) continue;
      const whole = this.actors.add(
        "Organization",
        entity.text,
        { start: entity.characterOffsetBegin, end: entity.characterOffsetEnd },
        "ORGANIZATION",
      );
      if (!whole || whole.actor === body.actor) continue;
      this.coded.push({
        type: "PART_OF",
        source: body,
        target: { ...whole, token: 0 },
        evidence: body.span,
        status: "asserted",
        confidence: 0.6,
        rule: "body-of-organisation",
      });
    }
  }

  private insideClaimed(at: number): boolean {
    return [...this.actors.actors.values()].some((a) => a.spans.some((s) => s.start <= at && at < s.end));
  }

  // --- offices -------------------------------------------------------------------------------------------

  /** "Pakistan's foreign minister Ishaq Dar", "Mohammad Sadiq, Pakistan's special envoy": HOLDS_OFFICE_IN. */
  private offices(view: SentenceView): void {
    for (const person of view.sentence.entitymentions.filter((m) => m.ner === "PERSON")) {
      const head = person.tokenEnd;
      let title: number | undefined;
      let role: string | undefined;
      // A title right before the name (CoreNLP's TITLE, or an abbreviation of the lexicon: "PM").
      const before = view.sentence.entitymentions.find(
        (m) => m.ner === "TITLE" && m.tokenEnd === person.tokenBegin,
      );
      const abbreviation = view.token(person.tokenBegin);
      let titleStart: number | undefined;
      if (before) {
        title = before.tokenEnd;
        titleStart = before.tokenBegin + 1;
        role = before.text.toLowerCase();
      } else if (abbreviation && this.lex.titles[abbreviation.word] !== undefined) {
        title = abbreviation.index;
        titleStart = title;
        role = this.lex.titles[abbreviation.word];
      } else {
        // "Sadiq, Pakistan's special envoy for Afghanistan": an apposition headed by a title.
        title = view.children(head, "appos").find((a) => view.token(a)?.ner === "TITLE");
        if (title !== undefined) {
          const words = view.subtree(title, new Set(["nmod:poss", "det", "punct"]));
          const first = Math.min(...words);
          const last = Math.max(...words);
          role = this.text.slice(view.span(first).start, view.span(last).end).toLowerCase();
        }
      }
      if (title === undefined || role === undefined) continue;
      const holder = this.actors.read(view, head, "plain");
      if (holder?.actor.kind !== "Person") continue;
      if (this.lex.governmentTitles.some((w) => role?.includes(w))) holder.actor.sector ??= "GOV";
      // The government or organisation of the office: the title's possessor, or a named organisation before it.
      const ownerToken = [
        ...view.children(title, "nmod:poss"),
        ...view.children(title, "compound").filter((c) => view.entityAt(c)?.ner === "ORGANIZATION"),
        // "the council's policy chief Renata Holm" parsed with the possessor on the name.
        ...(before ? view.children(head, "nmod:poss") : []),
      ][0];
      // "Ildranian President Teodor Valk", "Quarnian foreign minister Sela Ortan": the people's government.
      const people = titleStart === undefined ? undefined : titleStart - 1;
      const office =
        ownerToken !== undefined
          ? this.actors.read(view, ownerToken, "agent")
          : people !== undefined && people > 0 && view.token(people)?.pos !== "POS"
            ? this.actors.governmentAt(view, people)
            : undefined;
      const target =
        office ??
        (ownerToken === undefined ? undefined : this.ownerNamedBefore(view, ownerToken)) ??
        this.previousOffice(holder.actor);
      if (!target) {
        this.warnings.push(
          `${holder.actor.name} holds the office "${role}" of no named government or organisation`,
        );
        continue;
      }
      const spans = [holder.span, view.span(title), ...(office ? [office.span] : [])];
      this.coded.push({
        type: "HOLDS_OFFICE_IN",
        source: holder,
        target,
        evidence: cover(spans),
        status: "asserted",
        role,
        confidence: office ? 0.8 : 0.5,
        rule: office ? "title-of-named-government" : "title-same-government-as-before",
      });
    }
  }

  /** "Dar, who also serves as deputy prime minister": an office in the government of the person's other office. */
  private servesAs(view: SentenceView, index: number): void {
    if (!["serve", "act", "work"].includes(view.lemma(index))) return;
    const title = view.children(index, "obl:as").find((t) => view.token(t)?.ner === "TITLE");
    if (title === undefined) return;
    const holder = this.arguments(view, index, ["nsubj"], undefined, "plain")[0];
    if (holder?.actor.kind !== "Person") return;
    const target = this.previousOffice(holder.actor);
    if (!target) return;
    const words = view.subtree(title, new Set(["nmod:poss", "det", "case"]));
    const role = this.text.slice(view.span(Math.min(...words)).start, view.span(Math.max(...words)).end);
    this.coded.push({
      type: "HOLDS_OFFICE_IN",
      source: holder,
      target: { ...target, token: 0 },
      evidence: cover([holder.span, view.span(Math.max(...words))]),
      status: "asserted",
      role: role.toLowerCase(),
      confidence: 0.5,
      rule: "serves-as-title",
    });
  }

  /**
   * What a speaker says of another actor in a quotation or reported speech: "X has to / must act" (DEMANDS),
   * "X is a threat / a challenge" (CRITICIZES). The speaker must be known; the subject must be an actor.
   */
  private spokenJudgement(view: SentenceView, index: number): void {
    const token = view.token(index);
    if (!token) return;
    const obliged =
      token.pos.startsWith("VB") &&
      view.children(index, "aux").some((a) => {
        const lemma = view.lemma(a);
        if (lemma === "must" || lemma === "should") return this.lex.obliging.includes(lemma);
        return (
          this.lex.obliging.includes(lemma) &&
          view.children(index, "mark").some((m) => view.lemma(m) === "to")
        );
      });
    const condemned =
      token.pos.startsWith("NN") &&
      this.lex.negativeNouns.includes(view.lemma(index)) &&
      view.children(index, "cop").length > 0;
    if (!obliged && !condemned) return;
    const speaker = this.speaker(view, index);
    if (!speaker) return;
    const subject = this.arguments(view, index, ["nsubj"], undefined, "agent")[0];
    if (!subject || subject.actor === speaker.actor) return;
    this.coded.push({
      type: obliged ? "DEMANDS" : "CRITICIZES",
      source: speaker,
      target: subject,
      evidence: cover(
        [subject.span, view.span(index), ...view.children(index).map((c) => view.span(c))].filter(
          (s) => s.end > 0,
        ),
      ),
      status: "asserted",
      ...(this.time(view, index) ? { when: this.time(view, index)?.when } : {}),
      attributedTo: speaker.actor,
      confidence: 0.45,
      rule: obliged ? "speaker-obliges-subject" : "speaker-condemns-subject",
    });
  }

  private previousOffice(person: FoundActor): ActorMention | undefined {
    return this.coded.findLast((c) => c.type === "HOLDS_OFFICE_IN" && c.source.actor === person)?.target;
  }

  // --- verb patterns ---------------------------------------------------------------------------------------

  private trigger(view: SentenceView, index: number): void {
    const token = view.token(index);
    if (!token) return;
    const candidates = this.dictionary.byLemma.get(token.lemma.toLowerCase()) ?? [];
    for (const pattern of candidates) {
      const isVerb = token.pos.startsWith("VB");
      if ((pattern.pos === "verb") !== isVerb) continue;
      if (pattern.pos === "noun" && !token.pos.startsWith("NN")) continue;
      const object = pattern.object
        ? [...view.children(index, "obj"), ...view.children(index, "nsubj:pass")].find((o) =>
            pattern.object?.includes(view.lemma(o)),
          )
        : undefined;
      if (pattern.object && object === undefined) continue;
      if (pattern.conditional && !this.conditional(view, index)) continue;
      if (
        pattern.complement &&
        !view.hasChild(index, ["xcomp", "ccomp", "advcl:to", "advcl"], new Set(pattern.complement))
      ) {
        continue;
      }
      if (this.code(view, index, pattern, object)) return;
    }
  }

  /** Whether the trigger or a clause it governs carries "if" or "unless" ("… if they are not freed"). */
  private conditional(view: SentenceView, trigger: number): boolean {
    const clauses = [trigger, ...["ccomp", "xcomp"].flatMap((l) => view.children(trigger, l))];
    return clauses.some((c) =>
      view
        .children(c)
        .filter((a) => view.parents(a).some((p) => p.governor === c && p.dep.startsWith("advcl")))
        .some((a) =>
          view.children(a, "mark").some((m) => ["if", "unless"].includes(view.lemma(m).toLowerCase())),
        ),
    );
  }

  /** Codes one pattern on one trigger; false when its arguments name no two actors. */
  private code(
    view: SentenceView,
    trigger: number,
    pattern: VerbPattern,
    object: number | undefined,
  ): boolean {
    const status = this.status(view, trigger, pattern);
    const time = this.time(view, trigger);
    const dateStatus = time ? this.dateStatus(time.date, pattern.type) : undefined;
    const finalStatus = pick(status, dateStatus);
    const type = finalStatus === "planned" && pattern.planned ? pattern.planned : pattern.type;
    const speaker = this.speaker(view, trigger);

    let sources = this.arguments(view, trigger, pattern.source, object, "agent");
    if (sources.length === 0) sources = this.impliedSubject(view, trigger, speaker);
    if (sources.length === 0) return false;
    let targets: ActorMention[];
    if (pattern.target.includes("accuser")) {
      targets = sources.flatMap((s) => this.accuserOf(s.actor));
      if (targets.length === 0) return false;
    } else {
      // A visited capital, a place called on or accused, is a party: its government.
      targets = this.arguments(view, trigger, pattern.target, object, pattern.targetRole);
      if (targets.length === 0) targets = this.impliedTargets(view, trigger, pattern, object, sources);
    }
    // "Marrova and Quarnia signed an agreement": a mutual act between the conjoined subjects.
    if (targets.length === 0 && pattern.mutual && sources.length >= 2) {
      targets = sources.slice(1);
      sources = sources.slice(0, 1);
    }
    const quantity = this.quantity(view, targets);
    let coded = false;
    for (const source of sources) {
      for (const target of targets) {
        if (source.actor === target.actor) continue;
        const spans = [
          view.span(trigger),
          source.span,
          ...(target.token > 0 ? [target.span] : []),
          ...(object !== undefined ? [view.span(object)] : []),
          ...(quantity ? [quantity.span] : []),
        ];
        this.coded.push({
          type,
          source,
          target,
          evidence: cover(spans),
          status: finalStatus,
          ...(time ? { when: time.when } : {}),
          ...(speaker ? { attributedTo: speaker.actor } : {}),
          ...(quantity ? { quantity: { value: quantity.value, text: quantity.text } } : {}),
          confidence: pattern.confidence,
          rule: pattern.name,
        });
        coded = true;
      }
    }
    return coded;
  }

  /**
   * Targets the words name without a name, read from what the article coded before: "both governments", "the
   * two sides" (the last two parties named, or the two of the latest mutual act); "the government" (the
   * government named last); an act for its agent ("condemned the expulsions": whoever expelled).
   */
  private impliedTargets(
    view: SentenceView,
    trigger: number,
    pattern: VerbPattern,
    object: number | undefined,
    sources: readonly ActorMention[],
  ): ActorMention[] {
    const own = new Set(sources.map((s) => s.actor));
    for (const path of pattern.target) {
      if (path === "accuser") continue;
      for (const i of this.walk(view, trigger, path, object)) {
        const lemma = view.lemma(i).toLowerCase();
        const span = view.spanOf(Math.min(i, ...view.children(i)), i);
        const at = (actor: FoundActor): ActorMention => ({ actor, span, token: i });
        const dets = [
          ...view.children(i, "det"),
          ...view.children(i, "nummod"),
          ...view.children(i, "det:predet"),
        ].map((d) => view.lemma(d).toLowerCase());
        if (this.lex.collective.includes(lemma) && (dets.includes("both") || dets.includes("two"))) {
          if (lemma === "side" || lemma === "party") {
            const mutual = this.coded.findLast((c) =>
              ["CONSULTS", "FIGHTS", "SIGNS_AGREEMENT", "COOPERATES"].includes(c.type),
            );
            if (mutual)
              return [at(mutual.source.actor), at(mutual.target.actor)].filter((m) => !own.has(m.actor));
          }
          const kind = lemma === "leader" ? "Person" : "Government";
          return this.lastNamed(view.span(i).start, kind, own, 2).map(at);
        }
        if (this.lex.government.includes(lemma) && dets.includes("the") && view.token(i)?.pos === "NN") {
          if (this.actors.modifiers(view, i).length === 0)
            return this.lastNamed(view.span(i).start, "Government", own, 1).map(at);
        }
        const acts = this.lex.eventNouns[lemma];
        if (acts) {
          const act = this.coded.findLast((c) => acts.includes(c.type) && !own.has(c.source.actor));
          if (act) return [at(act.source.actor)];
        }
      }
    }
    return [];
  }

  /**
   * An owner named earlier: "its" (the organisation, else the government, named last), "the council's" (the
   * actor named last whose name holds "council").
   */
  private ownerNamedBefore(view: SentenceView, index: number): ActorMention | undefined {
    const token = view.token(index);
    if (!token) return undefined;
    const at = view.span(index).start;
    const word = token.word.toLowerCase();
    const none = new Set<FoundActor>();
    let found: FoundActor | undefined;
    if (word === "its") {
      found = this.lastNamed(at, "Organization", none, 1)[0] ?? this.lastNamed(at, "Government", none, 1)[0];
    } else if (token.pos === "NN") {
      const noun = view.lemma(index).toLowerCase();
      found = (["Organization", "Government", "Group"] as const)
        .flatMap((kind) =>
          this.lastNamed(at, kind, none, 9).filter((a) => a.name.toLowerCase().split(/\s+/).includes(noun)),
        )
        .sort((a, b) => this.lastStart(b, at) - this.lastStart(a, at))[0];
    }
    if (!found && (word === "its" || token.pos === "NN")) {
      // Not yet an argument of anything: the organisation CoreNLP named last before it.
      const noun = view.lemma(index).toLowerCase();
      const named = this.views
        .slice(0, view.sentence.index + 1)
        .flatMap((v) => v.sentence.entitymentions)
        .filter(
          (m) =>
            m.ner === "ORGANIZATION" &&
            m.characterOffsetEnd <= at &&
            m.characterOffsetBegin >= this.article.datelineEnd &&
            (word === "its" || m.text.toLowerCase().split(/\s+/).includes(noun)),
        )
        .at(-1);
      if (named) {
        const span = { start: named.characterOffsetBegin, end: named.characterOffsetEnd };
        found = this.actors.add("Organization", named.text, span, "ORGANIZATION")?.actor;
      }
    }
    return found ? { actor: found, span: view.span(index), token: 0 } : undefined;
  }

  private lastStart(actor: FoundActor, before: number): number {
    return Math.max(-1, ...actor.spans.filter((s) => s.start < before).map((s) => s.start));
  }

  /** The last `n` distinct actors of `kind` named before `before`, latest first, not among `except`. */
  private lastNamed(
    before: number,
    kind: FoundActor["kind"],
    except: ReadonlySet<FoundActor>,
    n: number,
  ): FoundActor[] {
    return [...this.actors.actors.values()]
      .filter((a) => a.kind === kind && !except.has(a))
      .map((a) => ({ a, last: Math.max(-1, ...a.spans.filter((s) => s.start < before).map((s) => s.start)) }))
      .filter((x) => x.last >= 0)
      .sort((x, y) => y.last - x.last)
      .slice(0, n)
      .map((x) => x.a);
  }

  /** The tokens at the end of one dependency path from the trigger (or from the light verb's noun). */
  private walk(view: SentenceView, trigger: number, path: string, object: number | undefined): number[] {
    const steps = path.split("/");
    let at: number[] = [trigger];
    if (steps[0] === "@object") {
      if (object === undefined) return [];
      at = [object];
      steps.shift();
    }
    for (const step of steps) {
      at = step.startsWith("^")
        ? at.flatMap((i) =>
            view
              .parents(i)
              .filter((p) => p.dep === step.slice(1))
              .map((p) => p.governor),
          )
        : at.flatMap((i) => view.children(i, step));
    }
    return object === undefined ? at : at.filter((i) => i !== object);
  }

  /** The actors at the end of a pattern's dependency paths, each conjunct on its own. */
  private arguments(
    view: SentenceView,
    trigger: number,
    paths: readonly string[],
    object: number | undefined,
    role: ArgumentRole,
  ): ActorMention[] {
    for (const path of paths) {
      if (path === "accuser") continue;
      const at = this.walk(view, trigger, path, object);
      const withConjuncts = [...new Set(at.flatMap((i) => [i, ...conjuncts(view, i)]))];
      const found = withConjuncts.flatMap((i) => {
        const m = this.actors.read(view, i, role);
        return m ? [m] : [];
      });
      if (found.length > 0) return found;
    }
    return [];
  }

  /**
   * A subject the clause does not name: "X said it will deport …" (a pronoun in what X reports is X), "I will
   * visit" in a quotation (its speaker), "X, who is visiting Y" (the noun the relative clause describes).
   */
  private impliedSubject(
    view: SentenceView,
    trigger: number,
    speaker: ActorMention | undefined,
  ): ActorMention[] {
    const subjects = [...view.children(trigger, "nsubj"), ...view.children(trigger, "nsubj:xsubj")];
    // "The council said", "the front denied": the organisation named before whose name holds the noun.
    for (const s of subjects) {
      if (view.token(s)?.pos !== "NN" || !view.children(s, "det").some((d) => view.lemma(d) === "the"))
        continue;
      const named = this.ownerNamedBefore(view, s);
      if (named)
        return [{ ...named, span: view.spanOf(Math.min(s, ...view.children(s, "det")), s), token: s }];
    }
    const pronoun = subjects.find((s) => ["PRP", "PRP$"].includes(view.token(s)?.pos ?? ""));
    if (pronoun !== undefined) {
      const word = view.token(pronoun)?.word.toLowerCase() ?? "";
      if (speaker && ["i", "we"].includes(word) && this.inQuote(view.span(pronoun).start)) {
        return [{ ...speaker, span: view.span(pronoun), token: 0 }];
      }
      const reporter = this.reportingVerb(view, trigger);
      if (reporter !== undefined && !["i", "we", "you"].includes(word)) {
        const said = this.reporterOf(view, reporter);
        if (said) return [said];
      }
      const person = this.personBefore(view, pronoun);
      if (person) return [person];
    }
    // "accused Ildran of shelling …": the accused is the inner clause's agent.
    for (const p of view.parents(trigger)) {
      if (/^(?:obl|advcl):of$/.test(p.dep) && this.sets.accusing?.has(view.lemma(p.governor))) {
        const accused = this.arguments(view, p.governor, ["obj", "nsubj:pass"], undefined, "agent");
        if (accused.length > 0 && subjects.length === 0) return accused;
      }
    }
    if (subjects.length === 0) {
      // "X imposed sanctions on Wednesday, accusing Y of …": a participle's subject is its clause's.
      if (view.token(trigger)?.pos === "VBG") {
        for (const p of view.parents(trigger)) {
          if (!/^(?:dep|advcl|xcomp)/.test(p.dep) || p.governor === 0) continue;
          const found = this.arguments(view, p.governor, ["nsubj", "obl:agent"], undefined, "agent");
          if (found.length > 0) return found;
        }
      }
      for (const p of view.parents(trigger)) {
        if (p.dep === "acl:relcl") {
          const m = this.actors.read(view, p.governor, "agent");
          if (m) return [m];
        }
      }
    }
    return [];
  }

  /**
   * "He", "she": without coreference, the person the article named last before it, in this sentence or the one
   * before. The evidence then holds the pronoun, not the name.
   */
  private personBefore(view: SentenceView, pronoun: number): ActorMention | undefined {
    const word = view.token(pronoun)?.word.toLowerCase() ?? "";
    if (!["he", "she", "his", "her"].includes(word)) return undefined;
    const at = view.span(pronoun).start;
    const previous = this.views[view.sentence.index - 1];
    const from = previous?.tokens[0]?.characterOffsetBegin ?? view.tokens[0]?.characterOffsetBegin ?? 0;
    let best: { actor: FoundActor; start: number } | undefined;
    for (const actor of this.actors.actors.values()) {
      if (actor.kind !== "Person") continue;
      for (const s of actor.spans) {
        if (s.start >= from && s.start < at && (!best || s.start > best.start))
          best = { actor, start: s.start };
      }
    }
    return best ? { actor: best.actor, span: view.span(pronoun), token: 0 } : undefined;
  }

  /** The actor who last accused `actor` in the article, coded so far ("denies the charge"). */
  private accuserOf(actor: FoundActor): ActorMention[] {
    // Without coreference "the charge" is the article's latest accusation when none names this actor.
    const accusation =
      this.coded.findLast((c) => ["ACCUSES", "CRITICIZES"].includes(c.type) && c.target.actor === actor) ??
      this.coded.findLast((c) => c.type === "ACCUSES" && c.source.actor !== actor);
    return accusation ? [{ ...accusation.source, token: 0 }] : [];
  }

  // --- status ---------------------------------------------------------------------------------------------

  private status(view: SentenceView, trigger: number, pattern: VerbPattern): RelationStatus {
    const found = new Set<RelationStatus>();
    if (pattern.status) found.add(pattern.status);
    if (view.hasChild(trigger, ["advmod", "neg"], this.sets.negations as ReadonlySet<string>))
      found.add("denied");
    if (view.hasChild(trigger, ["advmod"], this.sets.allegedly as ReadonlySet<string>)) found.add("alleged");
    if (view.hasChild(trigger, ["aux"], this.sets.modals as ReadonlySet<string>)) found.add("planned");
    // What governs the clause: "denied sending", "accused of supporting", "plans to deport", "claimed that".
    for (const [edge, governor] of this.governors(view, trigger)) {
      const lemma = view.lemma(governor);
      if (this.sets.denying?.has(lemma)) found.add("denied");
      if (this.sets.accusing?.has(lemma) && /^(?:obl:of|advcl:of|advcl|xcomp)/.test(edge))
        found.add("alleged");
      if (this.sets.intending?.has(lemma) && /^(?:xcomp|advcl:to|ccomp)/.test(edge)) found.add("planned");
      if (this.sets.alleging?.has(lemma)) found.add("alleged");
    }
    return STATUS_ORDER.find((s) => found.has(s)) ?? "asserted";
  }

  /** Dates after the article are plans; events well before it are history. Structural ties have no history. */
  private dateStatus(date: ResolvedDate, type: RelationType): RelationStatus | undefined {
    if (date.from !== null && date.from > this.article.date && date.to !== null) return "planned";
    if (date.from === this.article.date && date.to === null) return "planned";
    const cutoff = `${Number(this.article.date.slice(0, 4)) - HISTORICAL_YEARS}${this.article.date.slice(4)}`;
    if (date.to !== null && date.to < cutoff && relationTypeDefinition(type)?.category === "event") {
      return "historical";
    }
    return undefined;
  }

  /** The clauses above a trigger, nearest first, with the edge that links each: up to three levels. */
  private governors(view: SentenceView, trigger: number): [string, number][] {
    const out: [string, number][] = [];
    let at = trigger;
    for (let level = 0; level < 3; level++) {
      const up = view
        .parents(at)
        .find((p) => p.governor > 0 && /^(?:ccomp|xcomp|advcl|obl:of|parataxis|csubj)/.test(p.dep));
      if (!up) break;
      out.push([up.dep, up.governor]);
      at = up.governor;
    }
    return out;
  }

  // --- attribution ----------------------------------------------------------------------------------------

  /** The reporting verb whose complement holds the trigger ("X said (that) …"), if any. */
  private reportingVerb(view: SentenceView, trigger: number): number | undefined {
    for (const [edge, governor] of this.governors(view, trigger)) {
      if (!/^(?:ccomp|parataxis|xcomp)/.test(edge)) return undefined;
      if (this.sets.reporting?.has(view.lemma(governor))) return governor;
    }
    return undefined;
  }

  /** Who speaks through a reporting verb: its subject, or the name after it ("said Dar"). */
  private reporterOf(view: SentenceView, verb: number): ActorMention | undefined {
    for (const label of ["nsubj", "obj", "xcomp", "nsubj:pass"]) {
      for (const c of view.children(verb, label)) {
        if (this.inQuote(view.span(c).start)) continue;
        const m = this.actors.read(view, c, "agent") ?? this.personBefore(view, c);
        if (m) return m;
      }
    }
    return undefined;
  }

  /** Whose statement the trigger reports: "X said", "according to X", or the speaker of its quotation. */
  private speaker(view: SentenceView, trigger: number): ActorMention | undefined {
    const verb = this.reportingVerb(view, trigger);
    if (verb !== undefined && !this.inQuote(view.span(verb).start)) {
      const m = this.reporterOf(view, verb);
      if (m) return m;
    }
    for (const at of [trigger, ...this.governors(view, trigger).map(([, g]) => g)]) {
      for (const c of [...view.children(at, "obl:according_to"), ...view.children(at, "nmod:according_to")]) {
        const m = this.actors.read(view, c, "agent");
        if (m) return m;
      }
    }
    const quote = this.quoteAt(view.span(trigger).start);
    return quote ? this.quoteSpeaker(quote) : undefined;
  }

  private quoteAt(at: number): CoreNLPDocument["quotes"][number] | undefined {
    return this.document.quotes.find((q) => q.beginIndex <= at && at < q.endIndex);
  }

  private inQuote(at: number): boolean {
    return this.quoteAt(at) !== undefined;
  }

  /** The speaker of a quotation: a reporting verb outside it in the sentences it touches ("…,” said Sadiq). */
  private quoteSpeaker(quote: CoreNLPDocument["quotes"][number]): ActorMention | undefined {
    for (let s = quote.beginSentence; s <= quote.endSentence + 1 && s < this.views.length; s++) {
      const view = this.views[s];
      if (!view) continue;
      for (const token of view.tokens) {
        if (token.characterOffsetBegin >= quote.beginIndex && token.characterOffsetBegin < quote.endIndex)
          continue;
        if (!this.sets.reporting?.has(token.lemma.toLowerCase()) || !token.pos.startsWith("VB")) continue;
        const m = this.reporterOf(view, token.index);
        if (m) return m;
      }
      if (s > quote.endSentence) break;
    }
    return undefined;
  }

  // --- time -----------------------------------------------------------------------------------------------

  /** The time words of the trigger's clause, else of the clauses that report it ("this month said …"). */
  private time(view: SentenceView, trigger: number): TimeWords | undefined {
    const reporter = this.reportingVerb(view, trigger);
    for (const verb of [trigger, ...(reporter === undefined ? [] : [reporter])]) {
      for (const m of view.sentence.entitymentions) {
        if (m.ner !== "DATE" && m.ner !== "TIME") continue;
        if (this.clauseOf(view, m.tokenEnd, m.tokenBegin) !== verb) continue;
        const read = this.readTime(view, m);
        if (read) return read;
      }
    }
    return undefined;
  }

  /** The verb a time expression belongs to: up from its head through nouns and prepositions. */
  private clauseOf(view: SentenceView, last: number, before: number): number | undefined {
    let at = last;
    // The mention's head: the token whose governor lies outside it.
    for (let i = before + 1; i <= last; i++) {
      if (view.parents(i).some((p) => p.governor <= before || p.governor > last)) at = i;
    }
    for (let level = 0; level < 4; level++) {
      const up = view.parents(at).find((p) => p.governor > 0 && !p.dep.startsWith("conj"));
      if (!up) return undefined;
      if (view.token(up.governor)?.pos.startsWith("VB")) return up.governor;
      at = up.governor;
    }
    return undefined;
  }

  private readTime(view: SentenceView, m: CoreNLPSentence["entitymentions"][number]): TimeWords | undefined {
    // With its preposition ("on Tuesday", "since the start of April") when one stands right before it.
    const first = view.token(m.tokenBegin + 1);
    const previous = view.token(m.tokenBegin);
    const withCase =
      previous && previous.pos === "IN" && first
        ? this.text.slice(previous.characterOffsetBegin, m.characterOffsetEnd)
        : undefined;
    for (const words of [withCase, m.text]) {
      if (words === undefined) continue;
      const date = resolveDate(words, this.article.date);
      if (date) return this.since(withCase, words, date) ?? { words, when: { when: words }, date };
    }
    // SUTime's value, when it is an ISO date the validator reads ("199X" is the 1990s).
    const value = m.timex?.value ?? m.normalizedNER;
    if (!value) return undefined;
    const iso = /^(\d{3})X$/.test(value) ? `${value.slice(0, 3)}0/${value.slice(0, 3)}9` : value;
    const date = parseIsoDate(iso);
    if (!date) return undefined;
    const words = withCase ?? m.text;
    return this.since(withCase, words, date) ?? { words, when: { when: iso, dateText: words }, date };
  }

  /** "since March", which the project's words do not read: from that time up to the article, as an ISO span. */
  private since(withCase: string | undefined, read: string, date: ResolvedDate): TimeWords | undefined {
    if (withCase === undefined || read === withCase || !/^since /i.test(withCase)) return undefined;
    if (date.from === null || date.from >= this.article.date) return undefined;
    const iso = `${date.from}/${this.article.date}`;
    return {
      words: withCase,
      when: { when: iso, dateText: withCase },
      date: { iso, from: date.from, to: this.article.date },
    };
  }

  // --- quantity -------------------------------------------------------------------------------------------

  /** A number in the target phrase ("nearly 60,000 Afghans"): its value and the article's words for it. */
  private quantity(
    view: SentenceView,
    targets: readonly ActorMention[],
  ): { value: number; text: string; span: Span } | undefined {
    for (const target of targets) {
      if (target.token <= 0) continue;
      for (const n of view.children(target.token, "nummod")) {
        const token = view.token(n);
        const value = Number((token?.normalizedNER ?? "").replace(/^[~<>=]+/, ""));
        if (!token || !Number.isFinite(value) || value < 1) continue;
        const words = view.subtree(n);
        const span = view.spanOf(Math.min(...words), Math.max(...words));
        return { value: Math.round(value), text: this.text.slice(span.start, span.end), span };
      }
    }
    return undefined;
  }

  // --- the draft ------------------------------------------------------------------------------------------

  draft(textPath: string, resolver: ActorResolver): MachineDraft {
    const warnings = [...this.warnings];
    const used = new Set<FoundActor>();
    for (const c of this.coded) {
      used.add(c.source.actor);
      used.add(c.target.actor);
      if (c.attributedTo) used.add(c.attributedTo);
    }
    // Actors in file order, as the article first names them; only the spans a quote can point at count, and an
    // actor left with none is no actor (its relations go with it).
    const own = new Map<FoundActor, Span[]>();
    for (const a of this.actors.actors.values()) {
      const spans = a.spans.filter((s) => this.quoteRef(s).length > 0).sort((x, y) => x.start - y.start);
      if (spans.length > 0) own.set(a, spans);
    }
    const actors = [...own.keys()].sort(
      (a, b) => (own.get(a)?.[0]?.start ?? 0) - (own.get(b)?.[0]?.start ?? 0),
    );
    const ids = assignIds(actors, resolver);

    // The names the validator will match for each actor: a `ref`'s are the known actor's name and aliases (not
    // the words other articles gave by hand) plus the draft's aliases.
    const knownNames = (ref: string | undefined) => {
      const k = ref === undefined ? undefined : resolver.actor(ref);
      return k ? [k.name, ...k.aliases] : [];
    };
    const aliasesOf = new Map<FoundActor, string[]>();
    const forms = new Map<FoundActor, string[]>();
    for (const a of actors) {
      const known = knownNames(ids.get(a)?.ref);
      // A `ref` gains only the words the article uses for it, never the coder's own name ("Government of X").
      const aliases = known.length
        ? (own.get(a) ?? []).map((s) => this.text.slice(s.start, s.end)).filter((x) => !known.includes(x))
        : [...a.aliases].filter((x) => x !== a.name);
      aliasesOf.set(a, [...new Set(aliases)]);
      forms.set(a, known.length ? [...known, ...aliases] : [a.name, ...aliases]);
    }
    // Mentions by hand wherever matching the names, as the validator does (hand-given spans skipped), would not
    // find exactly the spans the coder read; repeated, since each actor given by hand takes its words from the
    // others' matching.
    const byHand = new Set<FoundActor>(
      // A span inside another actor's ("UN" in "UN refugee agency") is given by hand on both sides.
      actors.filter((a) =>
        actors.some(
          (b) =>
            b !== a &&
            (own.get(b) ?? []).some((t) =>
              (own.get(a) ?? []).some((s) => s.start < t.end && t.start < s.end),
            ),
        ),
      ),
    );
    for (let changed = true; changed; ) {
      changed = false;
      const automatic = findMentions(
        this.text,
        actors.filter((a) => !byHand.has(a)).map((a) => ({ actorId: a.key, forms: forms.get(a) ?? [] })),
        actors.filter((a) => byHand.has(a)).flatMap((a) => own.get(a) ?? []),
      );
      const conflicted = new Set(automatic.conflicts.flatMap((c) => c.actorIds));
      for (const a of actors) {
        if (byHand.has(a)) continue;
        const found = automatic.byActor.get(a.key) ?? [];
        const spans = own.get(a) ?? [];
        const same =
          !conflicted.has(a.key) &&
          found.length === spans.length &&
          found.every((s, i) => s.start === spans[i]?.start && s.end === spans[i]?.end);
        if (!same) {
          byHand.add(a);
          changed = true;
        }
      }
    }
    const entries: (AnnotatedActor | AnnotatedActorRef)[] = [];
    const declared = new Set(
      actors.flatMap((a) => {
        const ref = ids.get(a)?.ref;
        return ref === undefined ? [] : [resolver.canonicalId(ref)];
      }),
    );
    for (const a of actors) {
      const id = ids.get(a);
      if (!id) continue;
      const spans = own.get(a) ?? [];
      const mentions = byHand.has(a) ? spans.flatMap((s) => this.quoteRef(s)) : undefined;
      const aliases = aliasesOf.get(a) ?? [];
      if (id.ref) {
        entries.push({ ref: id.ref, aliases, ...(mentions?.length ? { mentions } : {}) });
        continue;
      }
      // A known actor of the same name in another kind, or one that only resembles it, is another actor until
      // the reviewer says otherwise: the validator asks for one or the other, and a resemblance is no proof.
      const names = new Set([a.name, ...aliases].map((f) => f.toLowerCase()));
      const distinctFrom = [
        ...new Set([
          ...[...resolver.actors.values()]
            .filter((k) => [k.name, ...k.aliases].some((f) => names.has(f.toLowerCase())))
            .map((k) => k.id),
          ...resolver
            .nearDuplicates({ id: id.id, kind: a.kind, name: a.name, aliases })
            .map((c) => c.actor.id),
        ]),
      ].filter((k) => !declared.has(resolver.canonicalId(k)) && resolver.canonicalId(k) !== id.id);
      if (distinctFrom.length > 0) {
        warnings.push(
          `${id.id} resembles ${distinctFrom.join(", ")}: proposed as a new actor, declared distinct; check`,
        );
      }
      const sector = a.kind === "Country" ? undefined : (a.sector ?? this.lex.defaultSectors[a.kind]);
      const guessed = a.kind !== "Country" && a.sector === undefined ? `; sector ${sector} by default` : "";
      entries.push({
        id: id.id,
        kind: a.kind,
        name: a.name,
        aliases,
        description: `Proposed by the machine coder from "${this.text.slice(spans[0]?.start, spans[0]?.end)}" (CoreNLP: ${a.ner}${guessed}); to be checked.`,
        ...(sector ? { sector } : {}),
        ...(distinctFrom.length > 0 ? { distinctFrom } : {}),
        ...(mentions?.length ? { mentions } : {}),
      });
    }

    if (entries.length === 0) warnings.push("no actor found: the annotation needs at least one");
    const relations: MachineRelation[] = [];
    const seen = new Set<string>();
    for (const c of this.coded) {
      const source = ids.get(c.source.actor)?.id;
      const target = ids.get(c.target.actor)?.id;
      if (!source || !target || source === target) continue;
      const evidence = this.text.slice(c.evidence.start, c.evidence.end);
      if (/\n\s*\n/.test(evidence)) {
        warnings.push(`${c.rule}: the evidence for ${source} → ${target} crosses a paragraph; left out`);
        continue;
      }
      const at = occurrencesOf(this.text, evidence);
      const n = at.findIndex((s) => s.start === c.evidence.start && s.end === c.evidence.end);
      if (n < 0) {
        warnings.push(`${c.rule}: the evidence "${evidence}" does not stand as whole words; left out`);
        continue;
      }
      // The same relation said twice ("he will visit Kabul", then "I will be visiting Kabul") is coded once.
      const key = `${c.type}|${source}|${target}|${c.status}|${c.role ?? ""}`;
      if (seen.has(`${key}|${c.when?.when ?? ""}`) || (c.when === undefined && seen.has(key))) continue;
      seen.add(key);
      seen.add(`${key}|${c.when?.when ?? ""}`);
      const attributedTo = c.attributedTo ? ids.get(c.attributedTo)?.id : undefined;
      relations.push({
        id: uniqueId(`${source}-${c.type.toLowerCase().replace(/_/g, "-")}-${target}`, relations),
        type: c.type,
        source,
        target,
        evidence,
        ...(at.length > 1 ? { occurrence: n + 1 } : {}),
        ...(c.when ?? {}),
        ...(attributedTo ? { attributedTo } : {}),
        status: c.status,
        ...(c.quantity && evidence.includes(c.quantity.text) ? { quantity: c.quantity } : {}),
        ...(c.role ? { role: c.role } : {}),
        coder: "machine",
        confidence: c.confidence,
        rule: c.rule,
      });
    }
    return {
      article: {
        id: this.article.fileId,
        text: textPath,
        ...(this.article.title === null ? { title: firstSentence(this.text, this.article.datelineEnd) } : {}),
      },
      actors: entries,
      relations,
      warnings,
    };
  }

  private quoteRef(span: Span): { quote: string; occurrence?: number }[] {
    const quote = this.text.slice(span.start, span.end);
    const at = occurrencesOf(this.text, quote);
    const n = at.findIndex((s) => s.start === span.start);
    if (n < 0) return [];
    return [{ quote, ...(at.length > 1 ? { occurrence: n + 1 } : {}) }];
  }
}

type CoreNLPSentence = CoreNLPDocument["sentences"][number];

/** Conjuncts of a token: "Valdoria and Ostrava". */
function conjuncts(view: SentenceView, index: number): number[] {
  return view.parents(index).length === 0
    ? []
    : view
        .children(index)
        .filter((c) => view.parents(c).some((p) => p.governor === index && p.dep.startsWith("conj")));
}

/** The smallest span holding all of `spans`. */
function cover(spans: readonly Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

function pick(a: RelationStatus, b: RelationStatus | undefined): RelationStatus {
  if (b === undefined) return a;
  return STATUS_ORDER.indexOf(a) <= STATUS_ORDER.indexOf(b) ? a : b;
}

const slugify = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "actor";

function uniqueId(base: string, taken: readonly { id: string }[]): string {
  let id = base;
  for (let n = 2; taken.some((t) => t.id === id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The id of each found actor: a known actor's (`ref`) when the resolver knows one of its names as the name or an
 * alias of an actor of the same kind; else a new slug. Neither a resemblance nor the words another article gave
 * by hand ("the rebels", "police") make a `ref`: they name the actor only in that article.
 */
function assignIds(
  actors: readonly FoundActor[],
  resolver: ActorResolver,
): Map<FoundActor, { id: string; ref?: string }> {
  const ids = new Map<FoundActor, { id: string; ref?: string }>();
  const taken = new Set<string>();
  for (const a of actors) {
    const names = [a.name, ...a.aliases];
    const known = [...resolver.actors.values()].find(
      (k) => k.kind === a.kind && !taken.has(k.id) && [k.name, ...k.aliases].some((n) => names.includes(n)),
    );
    if (known) {
      ids.set(a, { id: known.id, ref: known.id });
      taken.add(known.id);
      continue;
    }
    let id = slugify(
      a.kind === "Government" && !/government/i.test(a.name) ? `${a.name} government` : a.name,
    );
    while (taken.has(id) || resolver.actor(id)) id = `${id}-${a.kind.toLowerCase()}`;
    taken.add(id);
    ids.set(a, { id });
  }
  return ids;
}
