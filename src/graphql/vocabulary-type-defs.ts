import { GraphQLEnumType, printType } from "graphql";
import {
  ACTOR_KIND_MEANINGS,
  ACTOR_KINDS,
  RELATION_STATUS_MEANINGS,
  RELATION_STATUSES,
  RELATION_TYPES,
  SECTORS,
} from "../model/vocabulary.ts";

const codes = (t: (typeof RELATION_TYPES)[number]) =>
  t.cameo === null ? "" : ` CAMEO ${t.cameo}, PLOVER ${t.plover}${t.ploverMode ? ` (${t.ploverMode})` : ""}.`;

/**
 * The GraphQL enums of the controlled vocabulary, as SDL to put beside schema.graphql: written from
 * src/model/vocabulary.ts at start-up, so the API offers exactly the types, kinds, sectors and statuses the
 * validator accepts and the loader writes.
 */
export function vocabularyTypeDefs(): string {
  const enums = [
    new GraphQLEnumType({
      name: "RelationType",
      description:
        "The relation types of actorgraph's controlled vocabulary; `relationTypes` gives each one's category and codes.",
      values: Object.fromEntries(
        RELATION_TYPES.map((t) => [t.type, { description: `${t.description}${codes(t)}` }]),
      ),
    }),
    new GraphQLEnumType({
      name: "ActorKind",
      description: "What an actor is. The kind is also the actor's second node label, beside `Actor`.",
      values: Object.fromEntries(
        ACTOR_KINDS.map((kind) => [kind, { description: ACTOR_KIND_MEANINGS[kind] }]),
      ),
    }),
    new GraphQLEnumType({
      name: "Sector",
      description: "CAMEO/PLOVER actor sector codes.",
      values: Object.fromEntries(
        Object.entries(SECTORS).map(([code, name]) => [code, { description: name }]),
      ),
    }),
    new GraphQLEnumType({
      name: "RelationStatus",
      description:
        "How the article presents a relation: asserted (as fact), alleged (as someone's allegation), denied, planned (announced, not yet done) or historical (background).",
      values: Object.fromEntries(
        RELATION_STATUSES.map((status) => [status, { description: RELATION_STATUS_MEANINGS[status] }]),
      ),
    }),
  ];
  return enums.map((e) => printType(e)).join("\n\n");
}
