import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { InputError } from "../../errors.ts";

/**
 * The Neo4j jars assembled by Maven from `neo4j/pom.xml`: `lib/` (server, Browser) and `plugins/` (APOC).
 * The pom is the single place the versions are written; everything else reads them from here.
 */

const MODULE_DIR = fileURLToPath(new URL("../../../neo4j/", import.meta.url));
const POM = `${MODULE_DIR}pom.xml`;
export const DIST_DIR = `${MODULE_DIR}target/neo4j-dist`;
export const LIB_DIR = `${DIST_DIR}/lib`;
export const PLUGINS_DIR = `${DIST_DIR}/plugins`;
const MARKER = `${DIST_DIR}/.assembled`;

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

/** True when the jars on disk were assembled from the pom as it is now. */
export async function isAssembled(): Promise<boolean> {
  if (!existsSync(MARKER)) return false;
  return (await readFile(MARKER, "utf8")) === (await readFile(POM, "utf8"));
}

/**
 * Runs Maven once to download and copy the jars (about 130 MB on a first run, seconds afterwards). Maven's own
 * download lines are the progress output. Nobody needs to type `mvn`.
 */
export async function assembleDistribution(log: (line: string) => void = console.log): Promise<void> {
  if (await isAssembled()) return;
  const { neo4j, apoc, browser } = pomVersions();
  log(`Assembling Neo4j ${neo4j} (Browser ${browser}, APOC ${apoc}) from Maven Central with Maven…`);
  await rm(DIST_DIR, { recursive: true, force: true });
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn("mvn", ["-B", "-ntp", "-f", POM, "package"], { stdio: ["ignore", "pipe", "pipe"] });
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) {
        // Only what shows progress or trouble; Maven's banner is noise here.
        if (/Downloading|Downloaded|ERROR|BUILD|copy-dependencies/.test(line)) log(`  mvn: ${line.trim()}`);
      }
    };
    mvn.stdout.on("data", relay);
    mvn.stderr.on("data", relay);
    mvn.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new InputError(
              "Maven (mvn) is not installed: it is needed once to fetch Neo4j from Maven Central. " +
                "Install it (Debian: apt-get install maven), or point NEO4J_URI at a running Neo4j.",
            )
          : error,
      ),
    );
    mvn.on("close", (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    throw new InputError(`Maven could not assemble Neo4j (exit ${code}); see the mvn lines above.`);
  }
  await writeFile(MARKER, await readFile(POM, "utf8"));
  log(`Neo4j ${neo4j} assembled in neo4j/target/neo4j-dist.`);
}
