import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { InputError } from "../errors.ts";

/**
 * A Maven module of the project (neo4j/, corenlp/) whose `mvn package` copies jars from Maven Central into
 * `distDir`. A marker file holding the pom it was built from makes a second call free and a changed pom rebuild.
 */
export interface MavenModule {
  /** What is being fetched, for messages: "Neo4j 5.26.19 (Browser 5.24.0, APOC 5.26.19)". */
  readonly title: string;
  readonly pom: string;
  readonly distDir: string;
  /** What a user without Maven can do instead, appended to the "Maven is not installed" message. */
  readonly withoutMaven: string;
}

const marker = (module: MavenModule) => `${module.distDir}/.assembled`;

/** True when the jars on disk were assembled from the pom as it is now. */
export async function isPackaged(module: MavenModule): Promise<boolean> {
  if (!existsSync(marker(module))) return false;
  return (await readFile(marker(module), "utf8")) === (await readFile(module.pom, "utf8"));
}

/**
 * Runs `mvn package` on the module unless its jars are already there. Maven's own download lines are the
 * progress output. Nobody needs to type `mvn`.
 */
export async function packageModule(module: MavenModule, log: (line: string) => void): Promise<void> {
  if (await isPackaged(module)) return;
  log(`Assembling ${module.title} from Maven Central with Maven…`);
  await rm(module.distDir, { recursive: true, force: true });
  const code = await new Promise<number>((resolve, reject) => {
    const mvn = spawn("mvn", ["-B", "-ntp", "-f", module.pom, "package"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
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
              `Maven (mvn) is not installed: it is needed once to fetch ${module.title} from Maven Central. ` +
                `Install it (Debian: apt-get install maven)${module.withoutMaven}.`,
            )
          : error,
      ),
    );
    mvn.on("close", (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    throw new InputError(`Maven could not assemble ${module.title} (exit ${code}); see the mvn lines above.`);
  }
  await writeFile(marker(module), await readFile(module.pom, "utf8"));
  log(`${module.title} assembled in ${module.distDir}.`);
}
