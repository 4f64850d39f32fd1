import { parse, valueFromAST } from "graphql/index.js";
import { afterEach, describe, expect, it } from "vitest";
import { GraphQLDay } from "../../src/graphql/day-scalar.ts";

/** The date-range arguments mean the day written, whatever the server's time zone. */

const timeZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = timeZone;
});

const literal = (text: string) => {
  const document = parse(`{ f(a: ${text}) }`);
  const field = document.definitions[0]?.kind === "OperationDefinition" ? document.definitions[0] : undefined;
  const selection = field?.selectionSet.selections[0];
  if (selection?.kind !== "Field" || !selection.arguments?.[0]) throw new Error("no argument");
  return selection.arguments[0].value;
};

describe("Day", () => {
  it("is the day written, west of Greenwich too", () => {
    process.env.TZ = "America/New_York";
    expect(String(GraphQLDay.parseValue("2025-04-01"))).toBe("2025-04-01");
    expect(String(valueFromAST(literal('"2025-04-01"'), GraphQLDay))).toBe("2025-04-01");
  });

  it("refuses what is not a calendar day", () => {
    for (const value of ["2025-02-30", "2025-4-1", "April 2025", 20250401]) {
      expect(() => GraphQLDay.parseValue(value)).toThrow(/^Day must be a calendar day written yyyy-mm-dd/);
    }
    expect(valueFromAST(literal("2025"), GraphQLDay)).toBeUndefined();
  });
});
