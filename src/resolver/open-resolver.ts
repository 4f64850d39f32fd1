import type { Driver } from "neo4j-driver";
import type { Config } from "../config.ts";
import { InputError } from "../errors.ts";
import { connectDriver } from "../neo4j/driver.ts";
import { probeBolt } from "../neo4j/launcher/probe-port.ts";
import { ActorResolver, describeSource } from "./actor-resolver.ts";
import { knownActorsFromFiles, knownActorsFromGraph } from "./known-actors.ts";
import { type Merges, readMerges } from "./merges.ts";

/** The resolver over the graph's actors (ingest, import: the database is open anyway). */
export async function resolverFromGraph(
  driver: Driver,
  database: string,
  uri: string,
  merges: Merges,
): Promise<ActorResolver> {
  return new ActorResolver(await knownActorsFromGraph(driver, database), merges, { kind: "graph", uri });
}

/** The resolver over annotation files, less the file of `exceptArticleId` (npm start's load, or no database). */
export async function resolverFromFiles(
  files: readonly string[],
  merges: Merges,
  exceptArticleId?: string,
): Promise<ActorResolver> {
  return new ActorResolver(await knownActorsFromFiles(files, exceptArticleId), merges, {
    kind: "files",
    files,
  });
}

/**
 * Resolvers for commands that need no database (validate, draft), one per article: the graph's actors when a
 * Neo4j already answers (NEO4J_URI, or the local server on its port with the configured login), so they give the
 * verdict ingest would; else the annotation files, less the article's own. It never starts Neo4j. Says on `log`
 * where the known actors come from.
 */
export async function openResolvers(
  config: Config,
  files: readonly string[],
  log: (line: string) => void,
): Promise<(articleId: string | undefined) => Promise<ActorResolver>> {
  const merges = await readMerges(config.mergesFile);
  let uri = config.neo4jUri;
  if (uri === undefined) {
    const probe = await probeBolt(config.localNeo4j.boltPort, config.neo4jUser, config.neo4jPassword);
    if (probe.kind === "neo4j") uri = `bolt://localhost:${config.localNeo4j.boltPort}`;
  }
  if (uri !== undefined) {
    let driver: Driver | undefined;
    try {
      driver = await connectDriver({ uri, user: config.neo4jUser, password: config.neo4jPassword });
      const resolver = await resolverFromGraph(driver, config.neo4jDatabase, uri, merges);
      log(`Known actors: ${describeSource(resolver.source)} (${resolver.actors.size} actors).`);
      return async () => resolver;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      log(
        `Known actors: Neo4j at ${uri} does not answer (${error.message}); reading the annotation files instead.`,
      );
    } finally {
      await driver?.close();
    }
  }
  log(`Known actors: the annotation files (${files.length}), as no Neo4j answers.`);
  return (articleId) => resolverFromFiles(files, merges, articleId);
}
