import {
  type ASTVisitor,
  BREAK,
  type DocumentNode,
  type GraphQLSchema,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";

/**
 * `neighbourhood` answers in one Cypher query, and a @cypher statement cannot see which fields the request
 * selects; building the full `relation` of every edge (both actors, the attribution and the article, looked up
 * per edge) is most of that query's work and of its answer's size. So the request tells the statement, through
 * the `$edgeRelations` Cypher parameter, whether any `GraphEdge.relation` is asked for; a drawing that needs only
 * the edges' ids, types, ends, status and dates never pays for the details.
 */
export const EDGE_RELATIONS_PARAMETER = "edgeRelations";

/** A visitor (under `visitWithTypeInfo(typeInfo, …)`) that calls `found` at a `GraphEdge.relation`, then stops. */
export function edgeRelationVisitor(typeInfo: TypeInfo, found: () => void): ASTVisitor {
  return {
    Field(node) {
      if (node.name.value === "relation" && typeInfo.getParentType()?.name === "GraphEdge") {
        found();
        return BREAK;
      }
      return undefined;
    },
  };
}

/** Whether the operation selects `relation` on a GraphEdge anywhere (aliases and fragments included). */
export function selectsEdgeRelation(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let selects = false;
  visit(
    document,
    visitWithTypeInfo(
      typeInfo,
      edgeRelationVisitor(typeInfo, () => {
        selects = true;
      }),
    ),
  );
  return selects;
}
