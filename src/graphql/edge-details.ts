import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  getArgumentValues,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";

/**
 * `neighbourhood` answers in one Cypher query, and a @cypher statement cannot see which fields the request
 * selects; reading and building each edge's relations (both actors, the attribution and the article, looked up per
 * relation) would be most of that query's work and of its answer's size. So the request tells the statement,
 * through the `$edgeRelations` Cypher parameter, how many relations each edge needs: 0 when no
 * `GraphEdge.relations` is asked for, else its `limit` (the largest, when aliases ask for several). A drawing
 * that needs only the pairs and their counts never reads a relation.
 */
export const EDGE_RELATIONS_PARAMETER = "edgeRelations";

/** `GraphEdge.relations`' default `limit` (schema.graphql), for a request the analysis did not see. */
export const EDGE_RELATIONS_DEFAULT = 20;

/**
 * Where a document selects `GraphEdge.relations`. Found once per document; the `limit` each site asks for may be
 * a variable, so it is read per request (`edgeRelationsLimit`).
 */
export type EdgeRelationSites = {
  readonly field: GraphQLField<unknown, unknown>;
  readonly node: FieldNode;
}[];

/** A visitor (under `visitWithTypeInfo(typeInfo, …)`) that records each `GraphEdge.relations` in `sites`. */
export function edgeRelationsVisitor(typeInfo: TypeInfo, sites: EdgeRelationSites): ASTVisitor {
  return {
    Field(node) {
      const field = typeInfo.getFieldDef();
      if (node.name.value === "relations" && typeInfo.getParentType()?.name === "GraphEdge" && field) {
        sites.push({ field, node });
      }
      return undefined;
    },
  };
}

/** The largest `limit` the sites ask for with these variables (a literal, a variable or the default); 0 for none. */
export function edgeRelationsLimit(sites: EdgeRelationSites, variables: Record<string, unknown>): number {
  let largest = 0;
  for (const { field, node } of sites) {
    const { limit } = getArgumentValues(field, node, variables);
    if (typeof limit === "number") largest = Math.max(largest, limit);
  }
  return largest;
}

/** `edgeRelationsLimit` of a whole document, walked on its own: for tests and tools outside a request. */
export function edgeRelationsLimitOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): number {
  const typeInfo = new TypeInfo(schema);
  const sites: EdgeRelationSites = [];
  visit(document, visitWithTypeInfo(typeInfo, edgeRelationsVisitor(typeInfo, sites)));
  return edgeRelationsLimit(sites, variables);
}
