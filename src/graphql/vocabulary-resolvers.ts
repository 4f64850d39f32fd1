import { cameoRoot, RELATION_TYPES, type RelationTypeDefinition } from "../model/vocabulary.ts";

export interface RelationTypeInfo extends RelationTypeDefinition {
  readonly cameoRoot: string | null;
}

const RELATION_TYPE_INFOS: readonly RelationTypeInfo[] = RELATION_TYPES.map((t) => ({
  ...t,
  cameoRoot: t.cameo === null ? null : cameoRoot(t.cameo),
}));

/**
 * `Query.relationTypes`: the vocabulary is code (src/model/vocabulary.ts), so it is answered from there;
 * asking Neo4j would only return what the loader copied from the same list.
 */
export const vocabularyResolvers = {
  Query: {
    relationTypes: (_root: unknown, args: { category?: string | null }): readonly RelationTypeInfo[] =>
      args.category == null
        ? RELATION_TYPE_INFOS
        : RELATION_TYPE_INFOS.filter((t) => t.category === args.category),
  },
};
