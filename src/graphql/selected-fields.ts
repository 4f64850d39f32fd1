import { type ASTVisitor, type DocumentNode, Kind, type TypeInfo } from "graphql";

/**
 * A `@cypher` statement cannot see which fields a request selects, so the statements that build relations (and
 * the actors and articles inside them) built every field: all of a relation's properties, both actors' and the
 * attributing actor's, the article's. For a page of relations that is most of the database's work (db hits: 2 ×
 * what a hand-written query of the selected fields reads). So each request tells the statements, through the
 * Cypher parameter `$fields`, which fields it selects of these types (anywhere in the document, fragments
 * included), and they read only those.
 */
export const FIELDS_PARAMETER = "fields";

/** The types the statements build as maps, by the key of `$fields` that lists their selected fields. */
export const MAP_TYPES = {
  relation: "Relation",
  actor: "ActorRef",
  evidence: "Evidence",
  article: "ArticleRef",
} as const;

type MapKey = keyof typeof MAP_TYPES;

/**
 * The value of `$fields`: for each type, its selected fields as keys of a map, each `true` (a statement tests
 * `$fields.relation.date`; an unselected field is missing, so null).
 */
export type FieldsParameter = Record<MapKey, Record<string, true>>;

export function fieldsParameter(selected: Readonly<Record<MapKey, Iterable<string>>>): FieldsParameter {
  const keys = (names: Iterable<string>) =>
    Object.fromEntries([...names].sort().map((n) => [n, true] as const));
  return {
    relation: keys(selected.relation),
    actor: keys(selected.actor),
    evidence: keys(selected.evidence),
    article: keys(selected.article),
  };
}

/** Every field of the four types as schema.graphql declares them: for a request whose document was not read. */
export function allFields(sdl: DocumentNode): FieldsParameter {
  return fieldsParameter({
    relation: fieldsOf(sdl, MAP_TYPES.relation),
    actor: fieldsOf(sdl, MAP_TYPES.actor),
    evidence: fieldsOf(sdl, MAP_TYPES.evidence),
    article: fieldsOf(sdl, MAP_TYPES.article),
  });
}

/** The fields an object type of the SDL declares. */
export function fieldsOf(sdl: DocumentNode, type: string): string[] {
  return sdl.definitions.flatMap((d) =>
    d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === type
      ? (d.fields ?? []).map((f) => f.name.value)
      : [],
  );
}

/** A visitor (under `visitWithTypeInfo(typeInfo, …)`) that adds each selected field of the four types to `into`. */
export function selectedFieldsVisitor(typeInfo: TypeInfo, into: Record<MapKey, Set<string>>): ASTVisitor {
  const keyOf = new Map<string, MapKey>(
    Object.entries(MAP_TYPES).map(([key, type]) => [type, key as MapKey]),
  );
  return {
    Field(node) {
      const parent = typeInfo.getParentType()?.name;
      const key = parent === undefined ? undefined : keyOf.get(parent);
      if (key && node.name.value !== "__typename") into[key].add(node.name.value);
    },
  };
}
