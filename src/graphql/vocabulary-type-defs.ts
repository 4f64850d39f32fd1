import { GraphQLEnumType, printType } from "graphql";
import {
  ACTOR_KIND_MEANINGS,
  ACTOR_KINDS,
  PLOVER_TYPES,
  type PloverType,
  type RELATION_CATEGORIES,
  RELATION_CODER_MEANINGS,
  RELATION_CODERS,
  RELATION_STATUS_MEANINGS,
  RELATION_STATUSES,
  RELATION_TYPES,
  SECTORS,
} from "../model/vocabulary.ts";

const codes = (t: (typeof RELATION_TYPES)[number]) =>
  t.cameo === null ? "" : ` CAMEO ${t.cameo}, PLOVER ${t.plover}${t.ploverMode ? ` (${t.ploverMode})` : ""}.`;

/** What each PLOVER event type covers, in a line (after the PLOVER manual's definitions). */
const PLOVER_MEANINGS: Record<PloverType, string> = {
  AGREE: "Promise or agree to cooperate; a planned meeting or visit.",
  CONSULT: "Meet, visit, host or hold talks.",
  SUPPORT: "Verbal or diplomatic support: praise, recognition, signing an agreement, improving ties.",
  CONCEDE: "Verbal concessions: promises to ease restrictions, regret.",
  COOPERATE: "Mutual material cooperation: trade, security, judicial, intelligence.",
  AID: "Material aid that benefits the recipient: humanitarian, military, shelter.",
  RETREAT: "Material concessions: releases, withdrawals, ceasefires observed.",
  REQUEST: "Appeals and demands.",
  ACCUSE: "Accusations, criticism, investigations.",
  REJECT: "Rejections and denials.",
  THREATEN: "Threats and ultimatums.",
  PROTEST: "Demonstrations, strikes, boycotts.",
  SANCTION: "Reducing relations, sanctions, halting aid.",
  MOBILIZE: "Shows of military or police force.",
  COERCE: "Arrests, deportations, administrative sanctions, seizures.",
  ASSAULT: "Violence: attacks, fighting.",
};

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
        "How the article presents a relation: asserted (as fact), alleged (as someone's allegation), denied, planned (announced, not yet done), historical (background) or cancelled (announced, then called off).",
      values: Object.fromEntries(
        RELATION_STATUSES.map((status) => [status, { description: RELATION_STATUS_MEANINGS[status] }]),
      ),
    }),
    new GraphQLEnumType({
      name: "Coder",
      description:
        "Who coded a relation: a researcher (human) or the machine coder, `actorgraph extract` (machine), whose relations carry a confidence until a researcher confirms them.",
      values: Object.fromEntries(
        RELATION_CODERS.map((coder) => [coder, { description: RELATION_CODER_MEANINGS[coder] }]),
      ),
    }),
    new GraphQLEnumType({
      name: "RelationCategory",
      description:
        "An event happens (and carries CAMEO and PLOVER codes); a structural tie is a state (an office, a membership).",
      values: {
        event: { description: "Something an actor does to another, on a day or over a period." },
        structural: { description: "A lasting tie: an office, a membership, a government, residence." },
      } satisfies Record<(typeof RELATION_CATEGORIES)[number], { description: string }>,
    }),
    new GraphQLEnumType({
      name: "PloverType",
      description: "PLOVER event types: the whole standard, of which the vocabulary's event types use some.",
      values: Object.fromEntries(PLOVER_TYPES.map((p) => [p, { description: PLOVER_MEANINGS[p] }])),
    }),
  ];
  return enums.map((e) => printType(e)).join("\n\n");
}
