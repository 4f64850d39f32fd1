import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import {
  type AnnotatedActor,
  type AnnotatedRelation,
  type Annotation,
  actorRefSchema,
  actorSchema,
  annotationSchema,
  relationSchema,
} from "../annotation/annotation-schema.ts";
import { type ArticleText, parseArticle } from "../article/read-article.ts";
import { AnnotationError, type AnnotationProblem, InputError } from "../errors.ts";
import type { ActorRow, ArticleGraph, MentionRow, RelationRow } from "../model/article-graph.ts";
import { cameoRoot, relationTypeDefinition } from "../model/vocabulary.ts";
import { findMentions, type Span } from "../text/find-mentions.ts";
import { locateQuote } from "../text/locate-quote.ts";
import { DATE_EXPRESSIONS_HELP, type ResolvedDate, resolveDate } from "../text/resolve-date.ts";
import type { WikidataIds } from "./wikidata-ids.ts";

type PathPart = string | number;

export interface ValidationContext {
  /**
   * Actors already in the corpus (the graph, or the other annotation files). When given, `ref` entries resolve
   * against them, and a new actor that shares a name or alias with one of them is reported, not merged.
   */
  readonly knownActors?: ReadonlyMap<string, ActorRow>;
  /** Ids known to be right (data/wikidata.tsv): the only ones an annotation may use. */
  readonly wikidata: WikidataIds;
  /** Read the article from this text instead of the path the annotation names. */
  readonly article?: ArticleText;
  /** Publication date for an article without a date header. */
  readonly articleDate?: string;
}

const formatPath = (parts: readonly PathPart[]) =>
  parts.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");

/**
 * Reads and checks one annotation file against its article. Collects every problem before failing, so a
 * researcher fixes them in one pass; throws an `AnnotationError` naming file, line and field for each.
 */
export async function validateAnnotationFile(
  file: string,
  context: ValidationContext,
): Promise<ArticleGraph> {
  let raw: string;
  try {
    raw = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(`${file}: cannot read the annotation (${(error as NodeJS.ErrnoException).code})`);
  }
  return validateAnnotationText(raw, file, context);
}

export async function validateAnnotationText(
  raw: string,
  file: string,
  context: ValidationContext,
): Promise<ArticleGraph> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, prettyErrors: false });
  const problems: AnnotationProblem[] = [];
  const lineOf = (parts: readonly PathPart[]): number | null => {
    for (let n = parts.length; n >= 0; n--) {
      const node = doc.getIn(parts.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  const problem = (parts: readonly PathPart[], message: string) =>
    problems.push({ file, path: formatPath(parts), line: lineOf(parts), message });

  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({
        file,
        path: "",
        line: lineCounter.linePos(e.pos[0]).line,
        message: `YAML: ${e.message}`,
      });
    }
    throw new AnnotationError(problems);
  }

  const parsed = annotationSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problem(issue.path as PathPart[], issue.message);
    throw new AnnotationError(problems);
  }
  // Entries that fail their own checks stay as holes, so every index still matches the file.
  const actors: (AnnotatedActor | undefined)[] = [];
  parsed.data.actors.forEach((raw, i) => {
    if (typeof raw === "object" && raw !== null && "ref" in raw) {
      actors.push(resolveActorRef(raw, i, context.knownActors, problem));
      return;
    }
    const result = actorSchema.safeParse(raw);
    actors.push(result.data);
    if (result.success) return;
    for (const issue of result.error.issues)
      problem(["actors", i, ...(issue.path as PathPart[])], issue.message);
  });
  if (context.knownActors) checkAgainstKnownActors(parsed.data.actors, actors, context.knownActors, problem);
  const relations: (AnnotatedRelation | undefined)[] = [];
  parsed.data.relations.forEach((raw, i) => {
    const result = relationSchema.safeParse(raw);
    relations.push(result.data);
    if (result.success) return;
    for (const issue of result.error.issues)
      problem(["relations", i, ...(issue.path as PathPart[])], issue.message);
  });
  // Ids of entries that failed their own checks still count as declared, so references to them are not
  // reported a second time.
  const declaredActorIds = new Set(
    parsed.data.actors.flatMap((raw) => {
      const { id, ref } = (raw ?? {}) as { id?: unknown; ref?: unknown };
      return typeof id === "string" ? [id] : typeof ref === "string" ? [ref] : [];
    }),
  );
  const annotation: Annotation = { article: parsed.data.article, actors, relations };

  let article = context.article;
  if (!article) {
    const textPath = resolve(dirname(file), annotation.article.text);
    try {
      article = parseArticle(await readFile(textPath, "utf8"), textPath, context.articleDate);
    } catch (error) {
      const reason = error instanceof InputError ? error.message : `cannot read ${textPath}`;
      problem(["article", "text"], reason);
      throw new AnnotationError(problems);
    }
  }

  const graph = checkAgainstArticle(annotation, article, context, declaredActorIds, problem);
  if (problems.length > 0) throw new AnnotationError(problems);
  return graph;
}

function checkAgainstArticle(
  annotation: Annotation,
  article: ArticleText,
  context: ValidationContext,
  declaredActorIds: ReadonlySet<string>,
  problem: (parts: readonly PathPart[], message: string) => void,
): ArticleGraph {
  const { text } = article;
  const articleId = annotation.article.id;

  const headlineSpans: Span[] = [];
  annotation.article.relatedHeadlines.forEach((headline, i) => {
    const at = locateQuote(text, headline);
    if (!at.ok) problem(["article", "relatedHeadlines", i], at.reason);
    else headlineSpans.push(at);
  });

  // Actors: unique ids, one name or alias never shared by two actors unless mentions are given by hand.
  const actorIds = new Set<string>();
  const actors: ActorRow[] = [];
  annotation.actors.forEach((a, i) => {
    if (a === undefined) return;
    if (actorIds.has(a.id)) problem(["actors", i, "id"], `duplicate actor id "${a.id}"`);
    if (a.sector === undefined && a.kind !== "Country") {
      problem(["actors", i, "sector"], `a ${a.kind} needs a CAMEO/PLOVER sector (GOV, INS, IGO, REF, …)`);
    }
    actorIds.add(a.id);
    if (a.wikidata !== undefined) {
      const listedFor = context.wikidata.nameOf(a.wikidata);
      if (listedFor === undefined) {
        problem(
          ["actors", i, "wikidata"],
          `${a.wikidata} is not in the list of checked Wikidata ids (data/wikidata.tsv); leave it unset rather than guess`,
        );
      } else if (listedFor !== a.name && !a.aliases.includes(listedFor)) {
        problem(
          ["actors", i, "wikidata"],
          `${a.wikidata} is listed for "${listedFor}", which is neither this actor's name nor one of its aliases`,
        );
      }
    }
    actors.push({
      id: a.id,
      kind: a.kind,
      name: a.name,
      aliases: [...new Set(a.aliases)],
      description: a.description,
      sector: a.sector ?? null,
      country: a.country ?? null,
      wikidata: a.wikidata ?? null,
    });
  });

  const mentions = collectMentions(annotation, text, problem);
  annotation.actors.forEach((a, i) => {
    if (a && !mentions.some((m) => m.actorId === a.id)) {
      problem(
        ["actors", i],
        `"${a.id}" is never named in the article: add the words the article uses for it to \`aliases\` or \`mentions\``,
      );
    }
  });

  const relationIds = new Set<string>();
  const relations: RelationRow[] = [];
  annotation.relations.forEach((r, i) => {
    if (r === undefined) return;
    const at = (...rest: PathPart[]) => ["relations", i, ...rest];
    if (relationIds.has(r.id)) problem(at("id"), `duplicate relation id "${r.id}"`);
    relationIds.add(r.id);
    for (const field of ["source", "target", "attributedTo"] as const) {
      const id = r[field];
      if (id !== undefined && !declaredActorIds.has(id)) problem(at(field), `unknown actor id "${id}"`);
    }
    if (r.source === r.target) problem(at("target"), "a relation needs two different actors");
    const definition = relationTypeDefinition(r.type);
    if (definition?.type === "HOLDS_OFFICE_IN" && r.role === undefined) {
      problem(at("role"), "HOLDS_OFFICE_IN needs the office as `role`");
    }

    const location = locateQuote(text, r.evidence, r.occurrence);
    if (!location.ok) problem(at("evidence"), location.reason);

    if (r.quantity && !r.evidence.includes(r.quantity.text)) {
      problem(at("quantity", "text"), `"${r.quantity.text}" is not part of the evidence quote`);
    }

    // No words for the time, no date: stamping the publication date on a 1990s event would be false.
    let resolved: ResolvedDate | null = null;
    if (r.when !== undefined) {
      if (!text.toLowerCase().includes(r.when.toLowerCase())) {
        problem(at("when"), `"${r.when}" does not occur in the article; use the article's own words`);
      }
      const date = resolveDate(r.when, article.date);
      if (date === null)
        problem(at("when"), `cannot read "${r.when}" as a date; expected ${DATE_EXPRESSIONS_HELP}`);
      else resolved = date;
    }

    if (!location.ok || definition === undefined) return;
    relations.push({
      id: `${articleId}:${r.id}`,
      type: r.type,
      category: definition.category,
      source: r.source,
      target: r.target,
      articleId,
      evidence: r.evidence,
      start: location.start,
      end: location.end,
      evidenceSource: headlineSpans.some((h) => location.start >= h.start && location.end <= h.end)
        ? "related-headline"
        : "body",
      date: resolved?.iso ?? null,
      dateFrom: resolved?.from ?? null,
      dateTo: resolved?.to ?? null,
      dateText: r.when ?? null,
      attributedTo: r.attributedTo ?? null,
      status: r.status,
      quantity: r.quantity?.value ?? null,
      quantityText: r.quantity?.text ?? null,
      role: r.role ?? null,
      cameo: definition.cameo,
      cameoRoot: definition.cameo === null ? null : cameoRoot(definition.cameo),
      plover: definition.plover,
      ploverMode: definition.ploverMode,
      note: r.note ?? null,
    });
  });

  return {
    article: {
      id: articleId,
      title: annotation.article.title,
      date: article.date,
      dateline: article.dateline,
      text,
      source: annotation.article.source ?? null,
      url: annotation.article.url ?? null,
    },
    actors,
    mentions,
    relations,
  };
}

function resolveActorRef(
  raw: object,
  index: number,
  known: ReadonlyMap<string, ActorRow> | undefined,
  problem: (parts: readonly PathPart[], message: string) => void,
): AnnotatedActor | undefined {
  const result = actorRefSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues)
      problem(["actors", index, ...(issue.path as PathPart[])], issue.message);
    return undefined;
  }
  const existing = known?.get(result.data.ref);
  if (!existing) {
    problem(
      ["actors", index, "ref"],
      `refers to actor "${result.data.ref}", which is not in the ${known ? "corpus" : "graph (no corpus to look in)"}`,
    );
    return undefined;
  }
  return {
    id: existing.id,
    kind: existing.kind,
    name: existing.name,
    aliases: [...new Set([...existing.aliases, ...result.data.aliases])],
    description: existing.description,
    sector: existing.sector ?? undefined,
    country: existing.country ?? undefined,
    wikidata: existing.wikidata ?? undefined,
    mentions: result.data.mentions,
  };
}

/**
 * Entity resolution across articles: a new actor that shares a name or alias with an actor of the corpus must say
 * whether it is that actor (`ref`) or another (`distinctFrom`); nothing is merged or duplicated silently.
 */
function checkAgainstKnownActors(
  raw: readonly unknown[],
  actors: readonly (AnnotatedActor | undefined)[],
  known: ReadonlyMap<string, ActorRow>,
  problem: (parts: readonly PathPart[], message: string) => void,
): void {
  const knownByForm = new Map<string, ActorRow[]>();
  for (const k of known.values()) {
    for (const form of new Set([k.name, ...k.aliases].map((f) => f.toLowerCase()))) {
      knownByForm.set(form, [...(knownByForm.get(form) ?? []), k]);
    }
  }
  actors.forEach((a, i) => {
    const entry = raw[i] as { ref?: unknown } | undefined;
    if (!a || entry?.ref !== undefined || known.has(a.id)) return;
    const reported = new Set<string>();
    for (const form of [a.name, ...a.aliases]) {
      for (const k of knownByForm.get(form.toLowerCase()) ?? []) {
        if (reported.has(k.id) || a.distinctFrom?.includes(k.id)) continue;
        reported.add(k.id);
        problem(
          ["actors", i],
          `new actor "${a.id}" shares the name "${form}" with existing actor "${k.id}" (${k.name}): ` +
            `write \`ref: ${k.id}\` to use that actor, or add "${k.id}" to \`distinctFrom\` if they are different`,
        );
      }
    }
  });
}

function collectMentions(
  annotation: Annotation,
  text: string,
  problem: (parts: readonly PathPart[], message: string) => void,
): MentionRow[] {
  const manual = new Map<string, Span[]>();
  annotation.actors.forEach((a, i) => {
    if (!a?.mentions) return;
    const spans: Span[] = [];
    a.mentions.forEach((m, j) => {
      const at = locateQuote(text, m.quote, m.occurrence);
      if (!at.ok) problem(["actors", i, "mentions", j, "quote"], at.reason);
      else spans.push(at);
    });
    manual.set(a.id, spans);
  });

  const valid = annotation.actors.filter((a) => a !== undefined);
  const automatic = findMentions(
    text,
    valid.filter((a) => !a.mentions).map((a) => ({ actorId: a.id, forms: [a.name, ...a.aliases] })),
    [...manual.values()].flat(),
  );
  for (const c of automatic.conflicts) {
    const words = text.slice(c.span.start, c.span.end);
    const index = annotation.actors.findIndex((a) => a?.id === c.actorIds[1]);
    problem(
      ["actors", index, "aliases"],
      `"${words}" (offset ${c.span.start}) is a name or alias of ${c.actorIds.join(" and ")}; give \`mentions\` by hand for one of them`,
    );
  }

  const rows: MentionRow[] = [];
  for (const a of valid) {
    const spans = (manual.get(a.id) ?? automatic.byActor.get(a.id) ?? []).toSorted(
      (x, y) => x.start - y.start,
    );
    if (spans.length === 0) continue;
    rows.push({
      actorId: a.id,
      count: spans.length,
      offsets: spans.map((s) => s.start),
      forms: spans.map((s) => text.slice(s.start, s.end)),
    });
  }
  return rows;
}
