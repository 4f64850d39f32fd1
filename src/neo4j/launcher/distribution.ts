import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { packageModule } from "../../maven/package-module.ts";

/**
 * The Neo4j jars assembled by Maven from `neo4j/pom.xml`: `lib/` (server, Browser) and `plugins/` (APOC).
 * The pom is the single place the versions are written; everything else reads them from here.
 */

const MODULE_DIR = fileURLToPath(new URL("../../../neo4j/", import.meta.url));
const POM = `${MODULE_DIR}pom.xml`;
export const DIST_DIR = `${MODULE_DIR}target/neo4j-dist`;
export const LIB_DIR = `${DIST_DIR}/lib`;
export const PLUGINS_DIR = `${DIST_DIR}/plugins`;

export interface Neo4jVersions {
  readonly neo4j: string;
  readonly apoc: string;
  readonly browser: string;
}

export function pomVersions(pom: string = readFileSync(POM, "utf8")): Neo4jVersions {
  const property = (name: string) => {
    const value = new RegExp(`<${name.replace(".", "\\.")}>([^<]+)</`).exec(pom)?.[1];
    if (!value) throw new Error(`neo4j/pom.xml has no <${name}> property`);
    return value;
  };
  return {
    neo4j: property("neo4j.version"),
    apoc: property("apoc.version"),
    browser: property("browser.version"),
  };
}

const neo4jModule = () => {
  const { neo4j, apoc, browser } = pomVersions();
  return {
    title: `Neo4j ${neo4j} (Browser ${browser}, APOC ${apoc})`,
    pom: POM,
    distDir: DIST_DIR,
    withoutMaven: ", or point NEO4J_URI at a running Neo4j",
  };
};

/** Runs Maven once to download and copy the jars (about 130 MB on a first run, nothing afterwards). */
export const assembleDistribution = (log: (line: string) => void = console.log): Promise<void> =>
  packageModule(neo4jModule(), log);
