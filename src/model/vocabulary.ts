/**
 * The one controlled vocabulary of relation types between actors. The loader, the validator, the GraphQL API
 * and the Browser guide all read it from here, so a type exists everywhere or nowhere.
 *
 * Event types carry their CAMEO code (the most specific code the article's wording supports) and their PLOVER
 * event type and mode. Structural ties (offices, membership, government, residence) are states, not events,
 * and carry no codes.
 */

export const RELATION_CATEGORIES = ["event", "structural"] as const;
export type RelationCategory = (typeof RELATION_CATEGORIES)[number];

export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;
/** PLOVER event types: the whole standard, of which the vocabulary's event types use some. */
export type PloverType = (typeof PLOVER_TYPES)[number];

export interface RelationTypeDefinition<T extends string = string> {
  readonly type: T;
  readonly category: RelationCategory;
  readonly description: string;
  /** CAMEO event code, as a string because the leading zero matters ("036"). */
  readonly cameo: string | null;
  readonly plover: PloverType | null;
  readonly ploverMode: string | null;
}

const event = <T extends string>(
  type: T,
  cameo: string,
  plover: PloverType,
  ploverMode: string | null,
  description: string,
): RelationTypeDefinition<T> => ({ type, category: "event", description, cameo, plover, ploverMode });

const structural = <T extends string>(type: T, description: string): RelationTypeDefinition<T> => ({
  type,
  category: "structural",
  description,
  cameo: null,
  plover: null,
  ploverMode: null,
});

export const RELATION_TYPES = [
  // Statements and diplomacy
  event(
    "DENIES",
    "016",
    "REJECT",
    null,
    "Denies an accusation or responsibility; the target is the accuser (CAMEO 016 deny responsibility).",
  ),
  event("APPEALS_TO", "020", "REQUEST", null, "Urges or appeals to the target to act (CAMEO 02x appeal)."),
  event("DEMANDS", "100", "REQUEST", "demand", "Demands that the target act (CAMEO 10 demand)."),
  event(
    "PLANS_VISIT",
    "036",
    "AGREE",
    null,
    "Announces an intention to visit or meet the target (CAMEO 036 express intent to meet or negotiate).",
  ),
  event(
    "PROMISES",
    "030",
    "AGREE",
    null,
    "Agrees, promises or assures the target that it will cooperate or act (CAMEO 03 express intent to cooperate).",
  ),
  event("VISITS", "042", "CONSULT", "visit", "Visits the target (CAMEO 042 make a visit)."),
  event(
    "HOSTS",
    "043",
    "CONSULT",
    null,
    "Receives the target on a visit (CAMEO 043 host a visit; PLOVER codes the same meeting as the visitor's visit).",
  ),
  event("CONSULTS", "040", "CONSULT", null, "Holds talks or meetings with the target (CAMEO 04 consult)."),
  event(
    "MEDIATES",
    "045",
    "CONSULT",
    null,
    "Mediates between the target and another party, one relation for each party (CAMEO 045 engage in mediation).",
  ),
  event(
    "IMPROVES_RELATIONS",
    "050",
    "SUPPORT",
    null,
    "Restores, upgrades or expands diplomatic ties with the target (CAMEO 05 engage in diplomatic cooperation).",
  ),
  event(
    "PRAISES",
    "051",
    "SUPPORT",
    null,
    "Praises or endorses the target or its action (CAMEO 051 praise or endorse).",
  ),
  event(
    "SIGNS_AGREEMENT",
    "057",
    "SUPPORT",
    null,
    "Signs, ratifies or finalises an agreement with the target (CAMEO 057); a promise to sign is `planned`.",
  ),
  event(
    "COOPERATES",
    "060",
    "COOPERATE",
    null,
    "Cooperates materially with the target: trade, security, judicial or intelligence (CAMEO 06 material cooperation).",
  ),
  event(
    "RECOGNIZES",
    "054",
    "SUPPORT",
    null,
    "Grants diplomatic recognition to the target (CAMEO 054 grant diplomatic recognition).",
  ),
  event(
    "PROVIDES_HUMANITARIAN_AID",
    "073",
    "AID",
    "humanitarian",
    "Gives humanitarian help (shelter, camps, food) to the target (CAMEO 073 provide humanitarian aid).",
  ),
  event(
    "PROVIDES_MILITARY_AID",
    "072",
    "AID",
    "military",
    "Gives military support to the target (CAMEO 072 provide military aid).",
  ),
  event(
    "HARBOURS",
    "070",
    "AID",
    null,
    "Shelters or gives a base to the target, an armed group; usually an allegation, attributed to the accuser (CAMEO 070 provide aid).",
  ),
  event(
    "CRITICIZES",
    "111",
    "ACCUSE",
    "disapprove",
    "Criticises or denounces the target or its policy (CAMEO 111 criticize or denounce).",
  ),
  event("ACCUSES", "112", "ACCUSE", "allege", "Accuses the target of something (CAMEO 112 accuse)."),
  event("THREATENS", "130", "THREATEN", null, "Threatens the target with a consequence (CAMEO 13 threaten)."),
  event(
    "ISSUES_ULTIMATUM",
    "139",
    "THREATEN",
    "ultimatum",
    "Sets the target a deadline or condition with a consequence (CAMEO 139 give ultimatum).",
  ),
  event(
    "REDUCES_RELATIONS",
    "160",
    "SANCTION",
    "reduce relations",
    "Relations with the target worsen or are cut back (CAMEO 16 reduce relations).",
  ),
  event(
    "IMPOSES_ADMINISTRATIVE_SANCTIONS",
    "172",
    "SANCTION",
    "administrative",
    "Imposes administrative measures on the target: permits cancelled, orders to leave a place (CAMEO 172).",
  ),
  event(
    "ARRESTS",
    "173",
    "COERCE",
    "arrest",
    "Arrests, detains or charges members of the target (CAMEO 173 arrest, detain, or charge with legal action).",
  ),
  event(
    "EXPELS",
    "174",
    "COERCE",
    "deport",
    "Expels or deports members of the target group (CAMEO 174 expel or deport individuals).",
  ),
  event(
    "ATTACKS",
    "180",
    "ASSAULT",
    null,
    "Carries out attacks on the target (CAMEO 18 assault: unconventional violence).",
  ),
  event(
    "FIGHTS",
    "190",
    "ASSAULT",
    "conventional",
    "Fights the target with armed force, e.g. an insurgency (CAMEO 19 fight).",
  ),
  // Structural ties
  structural("HOLDS_OFFICE_IN", "A person holds an office (see `role`) in a government or organisation."),
  structural("MEMBER_OF", "A person or group belongs to a larger group or organisation."),
  structural("PART_OF", "An organisation or body is part of a larger one (an agency of the UN)."),
  structural("GOVERNS", "A government or movement holds power over a country."),
  structural("AFFILIATED_WITH", "Two groups are linked without one being part of the other."),
  structural("LIVES_IN", "A population lives in a country."),
  structural("REGISTERED_BY", "A population holds documents issued by an organisation."),
] as const satisfies readonly RelationTypeDefinition[];

export type RelationType = (typeof RELATION_TYPES)[number]["type"];

/**
 * A short, readable caption per relation type, for pictures where the type's name does not fit (Neo4j
 * Browser draws it along the arc). Kept beside the vocabulary, keyed by type, so that a type added to
 * RELATION_TYPES without a caption is a type error here. Plain words only: Browser's style sheet language
 * has no escaping, so a caption must not contain `:`, `;`, `{`, `}` or quotes.
 */
export const RELATION_CAPTIONS: { readonly [T in RelationType]: string } = {
  DENIES: "denies",
  APPEALS_TO: "appeals to",
  DEMANDS: "demands",
  PLANS_VISIT: "plans visit",
  PROMISES: "promises",
  VISITS: "visits",
  HOSTS: "hosts",
  CONSULTS: "consults",
  MEDIATES: "mediates",
  IMPROVES_RELATIONS: "improves ties",
  PRAISES: "praises",
  SIGNS_AGREEMENT: "signs with",
  COOPERATES: "cooperates",
  RECOGNIZES: "recognises",
  PROVIDES_HUMANITARIAN_AID: "aids",
  PROVIDES_MILITARY_AID: "arms",
  HARBOURS: "harbours",
  CRITICIZES: "criticises",
  ACCUSES: "accuses",
  THREATENS: "threatens",
  ISSUES_ULTIMATUM: "ultimatum",
  REDUCES_RELATIONS: "cuts ties",
  IMPOSES_ADMINISTRATIVE_SANCTIONS: "sanctions",
  ARRESTS: "arrests",
  EXPELS: "expels",
  ATTACKS: "attacks",
  FIGHTS: "fights",
  HOLDS_OFFICE_IN: "holds office in",
  MEMBER_OF: "member of",
  PART_OF: "part of",
  GOVERNS: "governs",
  AFFILIATED_WITH: "affiliated with",
  LIVES_IN: "lives in",
  REGISTERED_BY: "registered by",
};

export const RELATION_TYPE_NAMES: readonly RelationType[] = RELATION_TYPES.map((t) => t.type);

const byName = new Map<string, RelationTypeDefinition<RelationType>>(RELATION_TYPES.map((t) => [t.type, t]));

export function relationTypeDefinition(type: string): RelationTypeDefinition<RelationType> | undefined {
  return byName.get(type);
}

/** Whether a name (from a file, a request, the graph) is a relation type of the vocabulary. */
export function isRelationType(name: string): name is RelationType {
  return byName.has(name);
}

/** CAMEO root ("17") of a code ("174"): the first two digits. */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

export const ACTOR_KINDS = ["Person", "Government", "Group", "Country", "Organization"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** What each kind holds, for the GraphQL enum's docs and the Browser guide. */
export const ACTOR_KIND_MEANINGS: { readonly [K in ActorKind]: string } = {
  Person: "a named individual",
  Government: "a government or ruling authority (Islamabad, Kabul as a government)",
  Group: "a movement, armed group or population",
  Country: "a state as a place",
  Organization: "an international or non-governmental organisation, or an alliance's forces",
};

/** CAMEO/PLOVER actor sector codes used by actorgraph. */
export const SECTORS = {
  GOV: "Government",
  MIL: "Military",
  COP: "Police and security forces",
  SPY: "State intelligence",
  REB: "Rebels",
  INS: "Insurgents",
  UAF: "Unaligned armed forces",
  IGO: "Inter-governmental organisation",
  UNO: "United Nations",
  NGO: "Non-governmental organisation",
  REF: "Refugees and displaced people",
  CVL: "Civilians",
  MED: "Media",
  ELI: "Elites (analysts, experts)",
} as const;
export type Sector = keyof typeof SECTORS;
export const SECTOR_CODES = Object.keys(SECTORS) as readonly Sector[];

export const RELATION_STATUSES = [
  "asserted",
  "alleged",
  "denied",
  "planned",
  "historical",
  // A plan later reported called off: events across articles flag it against the plan's reports.
  "cancelled",
] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/** What each status says about a relation, for the GraphQL enum's docs and the Browser guide. */
export const RELATION_STATUS_MEANINGS: { readonly [S in RelationStatus]: string } = {
  asserted: "stated as fact, by the article or by the source in attributedTo",
  alleged: "reported as an accusation or suspicion that the article does not confirm",
  denied: "reported, and denied by the party concerned",
  planned: "announced or intended, not (yet) done",
  historical: "happened well before the article, as background",
  cancelled: "announced, then reported called off",
};

/**
 * Who coded a relation: a researcher, or the machine coder (`actorgraph extract`), whose relations carry the
 * confidence of the rule that fired until a researcher confirms them.
 */
export const RELATION_CODERS = ["human", "machine"] as const;
export type RelationCoder = (typeof RELATION_CODERS)[number];

/** What each coder means, for the GraphQL enum's docs. */
export const RELATION_CODER_MEANINGS: { readonly [C in RelationCoder]: string } = {
  human: "written or confirmed by a researcher (every relation stored before machine coding existed, too)",
  machine: "proposed by the machine coder and not yet confirmed; its confidence says how far to trust it",
};

/**
 * The structural ties along which an actor's relations also count for another actor when a question asks to
 * "roll up officials": a minister HOLDS_OFFICE_IN a government, a ministry or the army is PART_OF it. Followed
 * at most two hops (a minister of a ministry of a government). MEMBER_OF is left out on purpose: a state that is
 * a member of the UN does not speak for the UN, nor the UN for it.
 */
export const ROLL_UP_TYPES = ["HOLDS_OFFICE_IN", "PART_OF"] as const satisfies readonly RelationType[];
export const ROLL_UP_MAX_HOPS = 2;

/**
 * The three counts a pair summary (INTERACTS, src/loader/pair-summaries.ts) keeps by kind of relation:
 * cooperative and hostile events, and structural ties. Events follow CAMEO's quad classes (verbal and material
 * cooperation against verbal and material conflict), which sort requests by their wording: an appeal is
 * cooperative, a demand hostile. A denial (PLOVER REJECT) answers an accusation and is hostile; harbouring an
 * armed group is aid to it (PLOVER AID), so cooperative between the two.
 */
export const SUMMARY_CATEGORIES = ["cooperative", "hostile", "structural"] as const;
export type SummaryCategory = (typeof SUMMARY_CATEGORIES)[number];

/** Each relation type's summary category, keyed by type: a type added without one is a type error here. */
export const SUMMARY_CATEGORY_OF: { readonly [T in RelationType]: SummaryCategory } = {
  DENIES: "hostile",
  APPEALS_TO: "cooperative",
  DEMANDS: "hostile",
  PLANS_VISIT: "cooperative",
  PROMISES: "cooperative",
  VISITS: "cooperative",
  HOSTS: "cooperative",
  CONSULTS: "cooperative",
  MEDIATES: "cooperative",
  IMPROVES_RELATIONS: "cooperative",
  PRAISES: "cooperative",
  SIGNS_AGREEMENT: "cooperative",
  COOPERATES: "cooperative",
  RECOGNIZES: "cooperative",
  PROVIDES_HUMANITARIAN_AID: "cooperative",
  PROVIDES_MILITARY_AID: "cooperative",
  HARBOURS: "cooperative",
  CRITICIZES: "hostile",
  ACCUSES: "hostile",
  THREATENS: "hostile",
  ISSUES_ULTIMATUM: "hostile",
  REDUCES_RELATIONS: "hostile",
  IMPOSES_ADMINISTRATIVE_SANCTIONS: "hostile",
  ARRESTS: "hostile",
  EXPELS: "hostile",
  ATTACKS: "hostile",
  FIGHTS: "hostile",
  HOLDS_OFFICE_IN: "structural",
  MEMBER_OF: "structural",
  PART_OF: "structural",
  GOVERNS: "structural",
  AFFILIATED_WITH: "structural",
  LIVES_IN: "structural",
  REGISTERED_BY: "structural",
};

/**
 * The relationship type of pair summaries: one per ordered pair of actors with relations, derived from them by
 * the loader. It is not a relation: statements that match relationships without naming types leave it out.
 */
export const PAIR_SUMMARY_TYPE = "INTERACTS";
