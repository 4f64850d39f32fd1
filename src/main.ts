import { browserAssetsRoute } from "./browser/browser-assets.ts";
import { browserNeo4jConf } from "./browser/browser-settings.ts";
import { readConfig } from "./config.ts";
import { exitOnError, InputError } from "./errors.ts";
import { checkApiExposure } from "./graphql/api-token.ts";
import { createGraphqlYoga, type GraphqlOptions } from "./graphql/create-yoga.ts";
import { planAtStartUp } from "./graphql/start-up-planning.ts";
import { annotationFiles, loadAnnotations } from "./loader/load-annotations.ts";
import { buildMissingPairSummaries } from "./loader/pair-summaries.ts";
import { buildMissingEvents } from "./loader/regroup-events.ts";
import { isPortTaken } from "./neo4j/launcher/probe-port.ts";
import { configuredDatabase, type OpenDatabase, openDatabase } from "./neo4j/open-database.ts";
import { readMerges } from "./resolver/merges.ts";
import { type HttpServerHandle, startHttpServer } from "./server/start-http-server.ts";

/**
 * `npm start`: the database (NEO4J_URI, or the project's own Neo4j), the schema, the annotated articles of
 * data/annotations, then the GraphQL API and the Browser assets on PORT. Ctrl-C stops everything it started.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const log = (line: string) => console.log(line);
  checkApiExposure({ host: config.host, apiToken: config.apiToken, allowWithoutToken: config.allowNoToken });
  // Fail before starting Neo4j when the API could not listen anyway.
  if (await isPortTaken(config.port, config.host === "0.0.0.0" ? "127.0.0.1" : config.host)) {
    throw new InputError(
      `Port ${config.port} (the GraphQL API) is taken by another program; set PORT to another port.`,
    );
  }
  const apiUrl = `http://localhost:${config.port}`;

  let db: OpenDatabase | undefined;
  let http: HttpServerHandle | undefined;
  let stopping = false;
  // Exits only once Neo4j has stopped: a start right after then finds the database free. A second Ctrl-C
  // while it stops must not kill this process, which would leave Neo4j running without its owner.
  const stop = async (code: number) => {
    if (stopping) {
      log("Still waiting for Neo4j to stop…");
      return;
    }
    stopping = true;
    log("Stopping…");
    await http?.close();
    await db?.close();
    if (db?.server?.startedHere || db?.server?.adopted) log("Neo4j has stopped.");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    db = await openDatabase(configuredDatabase(config, browserNeo4jConf(apiUrl)), { log });
    // Before loading: the seed's summaries and events would otherwise hide that an older database has none.
    const built = await buildMissingPairSummaries(db.driver, db.database);
    if (built) log(`Built the pair summaries (INTERACTS) of an older database: ${built.summaries} pairs.`);
    const grouped = await buildMissingEvents(db.driver, db.database);
    if (grouped) log(`Grouped the relations of an older database into ${grouped.events} events.`);
    const files = await annotationFiles();
    log(`Loading ${files.length} annotated article(s) from data/annotations…`);
    await loadAnnotations(db.driver, db.database, files, log, await readMerges(config.mergesFile));
    let planned = false;
    const graphqlOptions: GraphqlOptions = {
      driver: db.driver,
      database: db.database,
      queryTimeoutMs: config.queryTimeoutMs,
      requestDeadlineMs: config.requestDeadlineMs,
      maxConcurrentRequests: config.maxConcurrentRequests,
      maxQueuedRequests: config.maxQueuedRequests,
      apiToken: config.apiToken,
      corsOrigins: config.corsOrigins,
      planned: () => planned,
    };
    const yoga = await createGraphqlYoga(graphqlOptions);
    http = await startHttpServer({
      host: config.host,
      port: config.port,
      routes: [browserAssetsRoute()],
      fallback: yoga,
    });
    // /ready answers 503 until Neo4j has planned what a researcher clicks first (src/graphql/plan-queries.ts).
    log("Planning the GraphiQL examples and the Browser guide's queries…");
    const started = Date.now();
    const plans = await planAtStartUp(graphqlOptions);
    for (const p of plans) log(`  ${p.name}: ${p.error ? `could not plan it: ${p.error}` : `${p.ms} ms`}`);
    log(
      `Planned ${plans.filter((p) => !p.error).length} of ${plans.length} queries in ${Date.now() - started} ms.`,
    );
    planned = true;
  } catch (error) {
    await http?.close();
    await db?.close();
    throw error;
  }

  // `?dbms=` fills Browser's connect form with our Bolt URL and user (it proposes neo4j:// otherwise).
  const browser = db.server
    ? `${db.server.browserUrl}?dbms=${db.server.boltUri.replace("://", `://${config.neo4jUser}@`)}`
    : "(Neo4j Browser of your own server: NEO4J_URI is set)";
  log("");
  log(`actorgraph is ready.`);
  log(`  GraphQL (GraphiQL in a browser): ${http.url}/graphql`);
  if (config.apiToken !== undefined) {
    log("                                   (send Authorization: Bearer <ACTORGRAPH_API_TOKEN>)");
  }
  log(`  Neo4j Browser:                   ${browser}`);
  log(
    `  Neo4j login:                     ${config.neo4jUser} / ${config.neo4jPassword === "actorgraph" ? "actorgraph (the default)" : "(NEO4J_PASSWORD)"}; Bolt ${db.uri}`,
  );
  if (db.server && !db.server.startedHere && !db.server.adopted) {
    log("  (an already running Neo4j was reused: its Browser style and guide are those it was started with)");
  }
  log("Ctrl-C stops everything started here.");
}

main().catch(exitOnError);
