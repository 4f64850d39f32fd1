import { InputError } from "../errors.ts";
import type { ArticleGraph } from "../model/article-graph.ts";
import { type ActorRow, actorRowSchema, type MentionRow } from "../model/rows.ts";
import type { ActorResolver } from "./actor-resolver.ts";

/** Two mentions of one actor in one article (after a merge, both names of it) as one. */
function combine(a: MentionRow, b: MentionRow): MentionRow {
  const at = new Map<number, string>();
  for (const m of [a, b]) {
    for (const [i, offset] of m.offsets.entries()) at.set(offset, m.forms[i] as string);
  }
  const offsets = [...at.keys()].sort((x, y) => x - y);
  return {
    actorId: a.actorId,
    count: offsets.length,
    offsets,
    forms: offsets.map((o) => at.get(o) as string),
  };
}

/**
 * Rows written before a merge decision (an export, say) as they are after it: every id the researcher merged
 * away (data/actor-merges.tsv) becomes the kept actor's, whose row comes from the rows themselves or the
 * resolver's corpus; the merged-away names become its aliases; two mentions of it in one article become one.
 */
export function applyMerges(graphs: readonly ArticleGraph[], resolver: ActorResolver): ArticleGraph[] {
  const canonical = (id: string) => resolver.canonicalId(id);
  if (!graphs.some((g) => g.actors.some((a) => canonical(a.id) !== a.id))) return [...graphs];
  const rows = new Map<string, ActorRow>();
  for (const g of graphs) for (const a of g.actors) if (canonical(a.id) === a.id) rows.set(a.id, a);
  const keptRow = (dropped: ActorRow): ActorRow => {
    const id = canonical(dropped.id);
    const kept = rows.get(id) ?? resolver.actor(id);
    if (!kept) {
      throw new InputError(
        `actor "${dropped.id}" was merged into "${id}" (data/actor-merges.tsv), which is neither in these rows nor in the graph: load "${id}" first`,
      );
    }
    const aliases = [...new Set([...kept.aliases, dropped.name, ...dropped.aliases])].filter(
      (n) => n !== kept.name,
    );
    // The schema keeps the row's fields only (a known actor also carries its forms).
    return actorRowSchema.parse({ ...kept, aliases });
  };
  return graphs.map((g) => {
    const actors = new Map<string, ActorRow>();
    for (const a of g.actors) {
      const row = canonical(a.id) === a.id ? a : keptRow(a);
      const before = actors.get(row.id);
      actors.set(
        row.id,
        before ? { ...before, aliases: [...new Set([...before.aliases, ...row.aliases])] } : row,
      );
    }
    const mentions = new Map<string, MentionRow>();
    for (const m of g.mentions) {
      const mapped = { ...m, actorId: canonical(m.actorId) };
      const before = mentions.get(mapped.actorId);
      mentions.set(mapped.actorId, before ? combine(before, mapped) : mapped);
    }
    const relations = g.relations.map((r) => {
      const mapped = {
        ...r,
        source: canonical(r.source),
        target: canonical(r.target),
        attributedTo: r.attributedTo === null ? null : canonical(r.attributedTo),
      };
      if (mapped.source === mapped.target) {
        throw new InputError(
          `relation ${r.id} joins "${r.source}" and "${r.target}", which are merged into one actor`,
        );
      }
      return mapped;
    });
    return { article: g.article, actors: [...actors.values()], mentions: [...mentions.values()], relations };
  });
}
