import type { Driver } from "neo4j-driver";
import { InputError } from "../errors.ts";
import { cypherStatement } from "./cypher-files.ts";

/** The loader writes relationship types and labels from data (`$(row.type)`), which Cypher has since 5.26. */
export const MINIMUM_NEO4J = [5, 26] as const;

export function isSupportedVersion(version: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  // Calendar versions (2025.01 and later) are newer than every 5.x.
  return major > MINIMUM_NEO4J[0] || (major === MINIMUM_NEO4J[0] && minor >= MINIMUM_NEO4J[1]);
}

export async function checkServerVersion(driver: Driver, uri: string): Promise<string> {
  // The home database, not "system": the system database refuses WHERE.
  const { records } = await driver.executeQuery(cypherStatement("server-version"), {}, { routing: "READ" });
  const version = String(records[0]?.get("version") ?? "unknown");
  if (!isSupportedVersion(version)) {
    throw new InputError(
      `Neo4j at ${uri} is version ${version}; actorgraph needs ${MINIMUM_NEO4J.join(".")} or newer (with APOC core).`,
    );
  }
  return version;
}
