import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import {
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  getArgumentValues,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { int } from "neo4j-driver";

/**
 * `neighbourhood` answers in one Cypher query, and a @cypher statement cannot see which fields the request
 * selects; reading and building each edge's relations (both actors, the attribution and the article, looked up per
 * relation) would be most of that query's work and of its answer's size. So the request tells the statement,
 * through the `$edgeRelations` Cypher parameter, how many relations each edge needs: 0 when no
 * `GraphEdge.relations` is asked for, else its `limit` (the largest, when aliases ask for several). A drawing
 * that needs only the pairs and their counts never reads a relation.
 */
export const EDGE_RELATIONS_PARAMETER = "edgeRelations";

/** `GraphEdge.relations`' default `limit` (schema.graphql), for a request the plugin did not see. */
export const EDGE_RELATIONS_DEFAULT = 20;

/** The field's argument `limit` as the request gives it (a literal or a variable), or its default. */
function limitOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>) {
  const { limit } = getArgumentValues(field, node, variables);
  return typeof limit === "number" ? limit : 0;
}

/**
 * How many relations per edge the operation asks for on `GraphEdge.relations` (aliases and fragments included):
 * the largest `limit` among them, 0 when it selects none.
 */
export function edgeRelationsLimit(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): number {
  const typeInfo = new TypeInfo(schema);
  let largest = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (node.name.value === "relations" && typeInfo.getParentType()?.name === "GraphEdge" && field) {
          largest = Math.max(largest, limitOf(field, node, variables));
        }
        return undefined;
      },
    }),
  );
  return largest;
}

/** Sets `$edgeRelations` for each operation from what it selects (see above). */
export function useEdgeDetails(): Plugin<Neo4jGraphQLContext> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as Neo4jGraphQLContext;
      context.cypherParams = {
        ...context.cypherParams,
        // A JavaScript number reaches Neo4j as a float, which LIMIT refuses.
        [EDGE_RELATIONS_PARAMETER]: int(
          edgeRelationsLimit(
            args.schema,
            args.document,
            (args.variableValues ?? {}) as Record<string, unknown>,
          ),
        ),
      };
    },
  };
}
