import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../src/graphql/errors.ts";
import { ARGUMENT_RANGES, QUERY_LIMITS } from "../../src/graphql/limits.ts";

/** docs/graphql.md tells researchers the limits and codes the code enforces, with the same values. */

const docs = readFileSync(new URL("../../docs/graphql.md", import.meta.url), "utf8");

describe("docs/graphql.md", () => {
  it("states every query limit with its value", () => {
    for (const [name, value] of Object.entries(QUERY_LIMITS))
      expect(docs).toContain(`| \`${name}\` | ${value} |`);
  });

  it("states every argument range", () => {
    for (const [name, { min, max }] of Object.entries(ARGUMENT_RANGES)) {
      expect(docs).toContain(`| \`${name}\` | ${min} to ${max}`);
    }
  });

  it("explains every error code", () => {
    for (const code of Object.values(ERROR_CODES)) expect(docs).toContain(`| \`${code}\` |`);
  });
});
