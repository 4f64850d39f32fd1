import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import { BREAK, type DocumentNode, type GraphQLSchema, TypeInfo, visit, visitWithTypeInfo } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * `neighbourhood` answers in one Cypher query, and a @cypher statement cannot see which fields the request
 * selects; building the full `relation` of every edge (both actors, the attribution and the article, looked up
 * per edge) is most of that query's work and of its answer's size. So the request tells the statement, through
 * the `$edgeRelations` Cypher parameter, whether any `GraphEdge.relation` is asked for; a drawing that needs only
 * the edges' ids, types, ends, status and dates never pays for the details.
 */
export const EDGE_RELATIONS_PARAMETER = "edgeRelations";

/** Whether the operation selects `relation` on a GraphEdge anywhere (aliases and fragments included). */
export function selectsEdgeRelation(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === "relation" && typeInfo.getParentType()?.name === "GraphEdge") {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return found;
}

/** Sets `$edgeRelations` for each operation from what it selects (see above). */
export function useEdgeDetails(): Plugin<Neo4jGraphQLContext> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as Neo4jGraphQLContext;
      context.cypherParams = {
        ...context.cypherParams,
        [EDGE_RELATIONS_PARAMETER]: selectsEdgeRelation(args.schema, args.document),
      };
    },
  };
}
