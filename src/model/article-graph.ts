import type { ActorRow, ArticleRow, MentionRow, RelationRow } from "./rows.ts";

/**
 * A validated article, ready to load: every offset computed from the text, every date resolved, every id
 * checked. The loader writes exactly this and nothing else.
 */
export interface ArticleGraph {
  readonly article: ArticleRow;
  readonly actors: readonly ActorRow[];
  readonly mentions: readonly MentionRow[];
  readonly relations: readonly RelationRow[];
}
