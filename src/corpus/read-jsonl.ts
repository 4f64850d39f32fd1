import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { z } from "zod";
import { AnnotationError, type AnnotationProblem } from "../errors.ts";
import type { ArticleGraph } from "../model/article-graph.ts";
import { type ActorRow, type MentionRow, type RelationRow, storedRowSchemas } from "../model/rows.ts";

/** Each line is one row of the model, tagged with its `record` kind (the tag is not part of the row). */
const recordKind = z.object({ record: z.enum(["article", "actor", "mention", "relation"]) });

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
    /** Checks the line against its row's schema and hands the row on, or reports every issue with the line. */
    const read = <T>(schema: z.ZodType<T>, use: (row: T) => void) => {
      const parsed = schema.safeParse(json);
      if (parsed.success) use(parsed.data);
      else {
        for (const issue of parsed.error.issues) {
          problems.push({ file, line, path: issue.path.join("."), message: issue.message });
        }
      }
    };
    read(recordKind, ({ record }) => {
      if (record === "article") read(storedRowSchemas.article, (a) => articles.set(a.id, a));
      else if (record === "actor") read(storedRowSchemas.actor, (a) => actors.set(a.id, a));
      else if (record === "mention") read(storedRowSchemas.mention, (m) => mentions.push({ ...m, line }));
      else read(storedRowSchemas.relation, (r) => relations.push({ ...r, line }));
    });
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
