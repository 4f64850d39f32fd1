import {
  type ArgumentNode,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type GraphQLInputObjectType,
  getNamedType,
  isInputObjectType,
  Kind,
  type ObjectValueNode,
  type TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";

const ascendingById = (): ObjectValueNode => ({
  kind: Kind.OBJECT,
  fields: [
    {
      kind: Kind.OBJECT_FIELD,
      name: { kind: Kind.NAME, value: "id" },
      value: { kind: Kind.ENUM, value: "ASC" },
    },
  ],
});

/** `{id: ASC}` for a list's sort input, `{node: {id: ASC}}` for a connection's; null if neither fits. */
function sortById(sortInput: GraphQLInputObjectType): ObjectValueNode | null {
  const fields = sortInput.getFields();
  if (fields.id) return ascendingById();
  const node = fields.node && getNamedType(fields.node.type);
  if (node && isInputObjectType(node) && node.getFields().id) {
    return {
      kind: Kind.OBJECT,
      fields: [{ kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: "node" }, value: ascendingById() }],
    };
  }
  return null;
}

/**
 * A visitor (under `visitWithTypeInfo(typeInfo, …)`) that adds `sort: [{id: ASC}]` (or `[{node: {id: ASC}}]`) to
 * every generated list or connection the query asks for without a `sort`.
 *
 * Without `sort`, the lists @neo4j/graphql generates (actors, articles, Article.actors, their connections) come in
 * whatever order Neo4j reads them, so consecutive pages may overlap or skip items. Sorting them by id unless the
 * query sorts them itself makes every page stable. The research fields of schema.graphql order their own results.
 */
export function defaultSortVisitor(typeInfo: TypeInfo): ASTVisitor {
  return {
    Field(node: FieldNode) {
      const sortArgument = typeInfo.getFieldDef()?.args.find((a) => a.name === "sort");
      if (!sortArgument || node.arguments?.some((a) => a.name.value === "sort")) return undefined;
      const sortInput = getNamedType(sortArgument.type);
      const order = isInputObjectType(sortInput) ? sortById(sortInput) : null;
      if (!order) return undefined;
      const sort: ArgumentNode = {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: "sort" },
        value: { kind: Kind.LIST, values: [order] },
      };
      return { ...node, arguments: [...(node.arguments ?? []), sort] };
    },
  };
}

/** The document with the default sorts (the same object when it needs none). */
export function withDefaultSort(document: DocumentNode, typeInfo: TypeInfo): DocumentNode {
  return visit(document, visitWithTypeInfo(typeInfo, defaultSortVisitor(typeInfo)));
}
