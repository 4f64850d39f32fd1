import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type MavenModule, packageModule } from "../../maven/package-module.ts";

/**
 * Stanford CoreNLP assembled by Maven from `corenlp/pom.xml`: the code, its English models (about 470 MB) and
 * their dependencies, all in `lib/`. Fetched the first time extraction needs it, never by `npm start`.
 */

const MODULE_DIR = fileURLToPath(new URL("../../../corenlp/", import.meta.url));
const POM = `${MODULE_DIR}pom.xml`;
const DIST_DIR = `${MODULE_DIR}target/corenlp-dist`;
export const CORENLP_LIB_DIR = `${DIST_DIR}/lib`;

/** The CoreNLP version the pom pins: the single place it is written. */
export function corenlpVersion(pom: string = readFileSync(POM, "utf8")): string {
  const version = /<corenlp\.version>([^<]+)</.exec(pom)?.[1];
  if (!version) throw new Error("corenlp/pom.xml has no <corenlp.version> property");
  return version;
}

const corenlpModule = (): MavenModule => ({
  title: `Stanford CoreNLP ${corenlpVersion()} with its English models (about 470 MB)`,
  pom: POM,
  distDir: DIST_DIR,
  withoutMaven: ", or point CORENLP_URL at a running CoreNLP server",
});

/** Runs Maven once to download and copy the jars (about a minute here on a first run, nothing afterwards). */
export const assembleCoreNLP = (log: (line: string) => void = console.log): Promise<void> =>
  packageModule(corenlpModule(), log);
