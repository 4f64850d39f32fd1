import type { Driver } from "neo4j-driver";
import { browserAssetsRoute } from "../../src/browser/browser-assets.ts";
import { browserNeo4jConf } from "../../src/browser/browser-settings.ts";
import { annotationFiles, loadAnnotations } from "../../src/loader/load-annotations.ts";
import type { RunningNeo4j } from "../../src/neo4j/launcher/start-neo4j.ts";
import { openDatabase } from "../../src/neo4j/open-database.ts";
import { type HttpServerHandle, startHttpServer } from "../../src/server/start-http-server.ts";

/**
 * A throwaway Neo4j that opens Browser the way actorgraph configures it, for the end-to-end test and
 * `npm run screenshot`: the asset server (style sheet, guide) on a free port, a Neo4j from the project's
 * launcher in a temporary home whose neo4j.conf carries `browserNeo4jConf(<asset server>)`, and the project's
 * annotated articles loaded.
 */

/** The throwaway server's login and memory; its ports are chosen free unless given. */
export const BROWSER_CHECK_NEO4J = {
  password: "actorgraph-test",
  heap: "1g",
  pageCache: "256m",
} as const;

export interface BrowserStack {
  readonly neo4j: RunningNeo4j;
  readonly assets: HttpServerHandle;
  readonly driver: Driver;
  readonly database: string;
  stop(): Promise<void>;
}

export async function startBrowserStack(
  options: {
    readonly boltPort?: number;
    readonly httpPort?: number;
    readonly log?: (line: string) => void;
  } = {},
): Promise<BrowserStack> {
  const log = options.log ?? console.log;
  const database = "neo4j";
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => log(`cleanup failed: ${e}`));
  };
  try {
    const assets = await startHttpServer({
      host: "127.0.0.1",
      port: 0,
      routes: [browserAssetsRoute()],
      fallback: (_req, res) => {
        res.statusCode = 404;
        res.end();
      },
    });
    cleanups.push(() => assets.close());
    log(`Browser assets (style sheet, guide) served at ${assets.url}/browser/`);

    const db = await openDatabase(
      {
        local: {
          ...BROWSER_CHECK_NEO4J,
          home: { temporary: "actorgraph-browser-neo4j-" },
          boltPort: options.boltPort,
          httpPort: options.httpPort,
          extraConf: browserNeo4jConf(assets.url),
          // A Neo4j found on the port would carry another run's Browser settings.
          reuse: false,
        },
        database,
      },
      { log },
    );
    cleanups.push(() => db.close());
    const { driver, server: neo4j } = db;
    log("Loading the annotated articles…");
    await loadAnnotations(driver, database, await annotationFiles(), log);
    return { neo4j, assets, driver, database, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
