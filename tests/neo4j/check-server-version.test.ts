import { describe, expect, it } from "vitest";
import { checkServerVersion, isSupportedVersion } from "../../src/neo4j/check-server-version.ts";
import { pomVersions } from "../../src/neo4j/launcher/distribution.ts";
import { useTestDatabase } from "../helpers/database.ts";

const db = useTestDatabase();

describe("checkServerVersion", () => {
  it("accepts the project's own Neo4j and reports its version", async () => {
    expect(await checkServerVersion(db.driver(), "bolt://test")).toBe(pomVersions().neo4j);
  });

  it("needs 5.26 or newer, calendar versions included", () => {
    expect(isSupportedVersion("5.23.0")).toBe(false);
    expect(isSupportedVersion("4.4.40")).toBe(false);
    expect(isSupportedVersion("5.26.0")).toBe(true);
    expect(isSupportedVersion("2025.08.1")).toBe(true);
  });
});
