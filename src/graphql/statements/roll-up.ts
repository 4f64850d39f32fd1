import { ROLL_UP_MAX_HOPS, ROLL_UP_TYPES } from "../../model/vocabulary.ts";
import { checkedType } from "../../neo4j/typed-cypher.ts";

/**
 * The roll-up of officials and sub-bodies to their government (ROLL_UP_TYPES, at most ROLL_UP_MAX_HOPS up: a
 * minister HOLDS_OFFICE_IN a ministry that is PART_OF a government), written once for the statements that follow
 * it: `claimsWithDenials` (who denies for whom) and `relationsBetween(includeOfficials)`. Each function takes the
 * Cypher variables it joins, chosen in code.
 */

const VARIABLE = /^[a-z][A-Za-z0-9]*$/;

function variable(name: string): string {
  if (!VARIABLE.test(name)) throw new Error(`not a Cypher variable name: ${name}`);
  return name;
}

/** `:HOLDS_OFFICE_IN|PART_OF`: the ties a roll-up follows, upwards (from the official to the government). */
export const ROLL_UP_TIES = `:${ROLL_UP_TYPES.map(checkedType).join("|")}`;

/** Zero to ROLL_UP_MAX_HOPS roll-up ties: an actor stands for itself too. */
const UP = `-[${ROLL_UP_TIES}]->{0,${ROLL_UP_MAX_HOPS}}`;
const DOWN = `<-[${ROLL_UP_TIES}]-{0,${ROLL_UP_MAX_HOPS}}`;

/**
 * The actors that roll up to actor `actor`, itself first: its officials and sub-bodies, and theirs, as a list of
 * nodes in a stable order (the actor, then by id).
 */
export function rolledUpActors(actor: string): string {
  const a = variable(actor);
  return `[${a}] + COLLECT {
  MATCH (${a})${DOWN}(member:Actor) WHERE member <> ${a}
  RETURN DISTINCT member ORDER BY member.id
}`;
}

/**
 * Actors `a` and `b` stand for one party after the roll-up: the same actor, one an official or sub-body of the
 * other, or both of one government (the army and the foreign ministry of one state).
 */
export function sameAfterRollUp(a: string, b: string): string {
  return `EXISTS { MATCH (${variable(a)})${UP}(:Actor)${DOWN}(${variable(b)}) }`;
}

/** The pattern of the actors `member` that share a roll-up with `actor` (see `sameAfterRollUp`). */
export function rollUpPeers(actor: string, member: string): string {
  return `(${variable(actor)})${UP}(:Actor)${DOWN}(${variable(member)}:Actor)`;
}
