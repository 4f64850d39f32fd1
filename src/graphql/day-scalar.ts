import { GraphQLScalarType, Kind, print } from "graphql";
import neo4j from "neo4j-driver";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: unknown, written: string): InstanceType<typeof neo4j.types.Date> {
  const match = typeof value === "string" ? DAY.exec(value) : null;
  if (match) {
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day)
      return new neo4j.types.Date(year, month, day);
  }
  // A plain Error: graphql-js prefixes it with the argument's type and place in the query.
  throw new Error(`Day must be a calendar day written yyyy-mm-dd, such as "2025-04-17"; got ${written}.`);
}

/**
 * `Day`, the type of the date-range arguments: a calendar day, read as written. @neo4j/graphql's own `Date`
 * scalar reads "2025-04-01" as midnight UTC and takes the day in the server's time zone, which west of Greenwich
 * is the day before; a date range must not move with the server's clock.
 */
export const GraphQLDay = new GraphQLScalarType({
  name: "Day",
  description: 'A calendar day, written yyyy-mm-dd ("2025-04-17").',
  serialize: (value) => String(value),
  parseValue: (value) => parseDay(value, JSON.stringify(value) ?? String(value)),
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined, print(ast)),
});
