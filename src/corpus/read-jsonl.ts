import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { z } from "zod";
import { AnnotationError, type AnnotationProblem } from "../errors.ts";
import type { ActorRow, ArticleGraph, MentionRow, RelationRow } from "../model/article-graph.ts";
import { ACTOR_KINDS, RELATION_STATUSES, RELATION_TYPE_NAMES, SECTORS } from "../model/vocabulary.ts";

const text = z.string();
const maybe = <T extends z.ZodType>(t: T) => t.nullable().default(null);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const record = z.discriminatedUnion("record", [
  z.object({
    record: z.literal("article"),
    id: text,
    title: text,
    date: isoDate,
    dateline: maybe(text),
    text,
    source: maybe(text),
    url: maybe(text),
  }),
  z.object({
    record: z.literal("actor"),
    id: text,
    kind: z.enum(ACTOR_KINDS),
    name: text,
    aliases: z.array(text),
    description: text,
    sector: maybe(z.enum(Object.keys(SECTORS) as [keyof typeof SECTORS, ...(keyof typeof SECTORS)[]])),
    country: maybe(text),
    wikidata: maybe(text),
  }),
  z.object({
    record: z.literal("mention"),
    articleId: text,
    actorId: text,
    count: z.number().int(),
    offsets: z.array(z.number().int()),
    forms: z.array(text),
  }),
  z.object({
    record: z.literal("relation"),
    id: text,
    type: z.enum(RELATION_TYPE_NAMES as [string, ...string[]]),
    category: z.enum(["event", "structural"]),
    source: text,
    target: text,
    articleId: text,
    evidence: text,
    start: z.number().int(),
    end: z.number().int(),
    evidenceSource: z.enum(["body", "related-headline"]),
    date: maybe(text),
    dateFrom: maybe(isoDate),
    dateTo: maybe(isoDate),
    dateText: maybe(text),
    attributedTo: maybe(text),
    status: z.enum(RELATION_STATUSES),
    quantity: maybe(z.number().int()),
    quantityText: maybe(text),
    role: maybe(text),
    cameo: maybe(text),
    cameoRoot: maybe(text),
    plover: maybe(text),
    ploverMode: maybe(text),
    note: maybe(text),
  }),
]);

/**
 * Reads an `actorgraph export --format jsonl` file back into one graph per article, checking every line (and
 * that each relation's offsets still slice its article to its evidence). Every problem names the line.
 */
export async function readJsonlExport(file: string): Promise<ArticleGraph[]> {
  const problems: AnnotationProblem[] = [];
  const articles = new Map<string, ArticleGraph["article"]>();
  const actors = new Map<string, ActorRow>();
  const mentions: (MentionRow & { articleId: string; line: number })[] = [];
  const relations: (RelationRow & { line: number })[] = [];

  let line = 0;
  for await (const raw of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    line++;
    if (raw.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      problems.push({ file, line, path: "", message: "not a JSON object" });
      continue;
    }
    const parsed = record.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, line, path: issue.path.join("."), message: issue.message });
      }
      continue;
    }
    const data = parsed.data;
    if (data.record === "article") {
      const { record: _, ...article } = data;
      articles.set(article.id, article);
    } else if (data.record === "actor") {
      const { record: _, ...actor } = data;
      actors.set(actor.id, actor);
    } else if (data.record === "mention") {
      const { record: _, ...mention } = data;
      mentions.push({ ...mention, line });
    } else {
      const { record: _, ...relation } = data;
      relations.push({ ...relation, line });
    }
  }

  const graphs = new Map<string, { actors: Set<string>; mentions: MentionRow[]; relations: RelationRow[] }>();
  const graphOf = (articleId: string, at: number) => {
    if (!articles.has(articleId)) {
      problems.push({
        file,
        line: at,
        path: "articleId",
        message: `no article "${articleId}" in the export`,
      });
      return undefined;
    }
    const existing = graphs.get(articleId);
    if (existing) return existing;
    const created = {
      actors: new Set<string>(),
      mentions: [] as MentionRow[],
      relations: [] as RelationRow[],
    };
    graphs.set(articleId, created);
    return created;
  };
  const needActor = (id: string, at: number, field: string) => {
    if (actors.has(id)) return true;
    problems.push({ file, line: at, path: field, message: `no actor "${id}" in the export` });
    return false;
  };
  for (const { line: at, articleId, ...m } of mentions) {
    const g = graphOf(articleId, at);
    if (g && needActor(m.actorId, at, "actorId")) {
      g.mentions.push(m);
      g.actors.add(m.actorId);
    }
  }
  for (const { line: at, ...r } of relations) {
    const g = graphOf(r.articleId, at);
    if (!g || !needActor(r.source, at, "source") || !needActor(r.target, at, "target")) continue;
    if (articles.get(r.articleId)?.text.slice(r.start, r.end) !== r.evidence) {
      problems.push({
        file,
        line: at,
        path: "evidence",
        message: "start/end do not slice the article's text to the evidence",
      });
      continue;
    }
    g.relations.push(r);
    g.actors.add(r.source).add(r.target);
  }
  if (problems.length > 0) throw new AnnotationError(problems);

  return [...articles.values()].map((article) => {
    const g = graphs.get(article.id);
    return {
      article,
      actors: [...(g?.actors ?? [])].map((id) => actors.get(id) as ActorRow),
      mentions: g?.mentions ?? [],
      relations: g?.relations ?? [],
    };
  });
}
