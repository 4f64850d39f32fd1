import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "../config.ts";
import { InputError } from "../errors.ts";
import { rebuildPairSummaries } from "../loader/pair-summaries.ts";
import { rebuildEvents } from "../loader/regroup-events.ts";
import { applySchema } from "../neo4j/apply-schema.ts";
import { cypherStatement } from "../neo4j/cypher-files.ts";
import { prepareHome } from "../neo4j/launcher/neo4j-home.ts";
import { runNeo4jAdmin } from "../neo4j/launcher/start-neo4j.ts";
import { localHome, makeServerStopped } from "../neo4j/offline-database.ts";
import { configuredDatabase, type OpenDatabase, openDatabase } from "../neo4j/open-database.ts";
import { applyMerges } from "../resolver/merge-rows.ts";
import { readMerges } from "../resolver/merges.ts";
import { resolverFromFiles } from "../resolver/open-resolver.ts";
import { readJsonlExport } from "./read-jsonl.ts";
import { ARRAY_DELIMITER, type ImportFiles, writeImportCsv } from "./write-import-csv.ts";

/**
 * `actorgraph import --offline`: a first load of a large corpus through Neo4j's offline importer
 * (`neo4j-admin database import full`), which writes the store directly instead of through transactions. The
 * local server is stopped, the database replaced whole, and the server started again with the schema applied, so
 * the graph is the one `actorgraph import` would build from the same file (tests/corpus/offline-import.test.ts
 * compares both).
 */

export interface OfflineImportSummary {
  readonly articles: number;
  readonly actors: number;
  readonly relations: number;
  /**
   * Milliseconds spent reading the file, writing the CSV, in neo4j-admin, starting the server, and building the
   * schema's constraints and indexes (with the checks after them).
   */
  readonly phases: { read: number; csv: number; importer: number; start: number; schema: number };
}

const ONLINE_INSTEAD =
  "The offline importer writes a stopped server's files; for that server, `actorgraph import FILE` (without " +
  "--offline) loads the export through transactions.";

async function counts(db: OpenDatabase): Promise<{ articles: number; relations: number }> {
  const { records } = await db.driver.executeQuery(
    cypherStatement("corpus/count-graph"),
    {},
    { database: db.database },
  );
  return { articles: Number(records[0]?.get("articles")), relations: Number(records[0]?.get("relations")) };
}

export async function importOffline(
  config: Config,
  file: string,
  options: { readonly replace: boolean; readonly log: (line: string) => void },
): Promise<OfflineImportSummary> {
  const { log } = options;
  const home = localHome(config, "import --offline", ONLINE_INSTEAD);
  const database = config.neo4jDatabase;
  let at = Date.now();
  const lap = () => {
    const now = Date.now();
    const ms = now - at;
    at = now;
    return ms;
  };

  // The whole file is read and checked before the server is touched: bad input changes nothing.
  log(`Reading ${file}…`);
  const rows = await readJsonlExport(file);
  if (rows.length === 0) throw new InputError(`${file} holds no article.`);
  const graphs = applyMerges(rows, await resolverFromFiles([], await readMerges(config.mergesFile)));
  const read = lap();

  await makeServerStopped(home, log);
  if (existsSync(join(home, "data", "databases", database)) && !options.replace) {
    log("Checking that the local database is empty…");
    const db = await openDatabase(configuredDatabase(config), { log });
    const held = await counts(db).finally(() => db.close());
    if (held.articles > 0 || held.relations > 0) {
      throw new InputError(
        `database "${database}" of ${home} holds ${held.articles} article(s) and ${held.relations} relation(s). ` +
          `\`actorgraph import --offline ${file} --replace\` replaces it whole (\`actorgraph backup FILE\` keeps a ` +
          `copy first); \`actorgraph import ${file}\` adds to it instead.`,
      );
    }
  }

  const dir = join(home, "import");
  try {
    log(`Writing the importer's CSV for ${graphs.length} article(s)…`);
    const files = await writeImportCsv(dir, graphs);
    const csv = lap();
    log(`neo4j-admin database import full: ${files.actors} actors, ${files.relations} relations…`);
    await prepareHome({ ...config.localNeo4j, password: config.neo4jPassword });
    await runOfflineImporter(home, database, files);
    const importer = lap();

    log("Starting Neo4j…");
    const db = await openDatabase(configuredDatabase(config), { log, schema: false });
    const start = lap();
    try {
      log("Building the schema's constraints and indexes…");
      // Over a large corpus the indexes take minutes to build, more than a start-up waits for.
      await applySchema(db.driver, database, 3600);
      await db.driver.executeQuery(cypherStatement("corpus/after-offline-import"), {}, { database });
      // The importer writes relations only; the summaries the loader keeps are built from them here.
      await rebuildPairSummaries(db.driver, database);
      // The importer writes relations only; events are grouped from them as the loader would have.
      await rebuildEvents(db.driver, database);
      const found = await counts(db);
      if (found.articles !== files.articles || found.relations !== files.relations) {
        throw new Error(
          `the imported database holds ${found.articles} article(s) and ${found.relations} relation(s), ` +
            `not the ${files.articles} and ${files.relations} of ${file}`,
        );
      }
    } finally {
      await db.close();
    }
    return {
      articles: files.articles,
      actors: files.actors,
      relations: files.relations,
      phases: { read, csv, importer, start, schema: lap() },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Replaces database `database` of the stopped Neo4j at `home` with the importer CSV in `files`. */
export async function runOfflineImporter(home: string, database: string, files: ImportFiles): Promise<void> {
  // The database name goes first: the file options take several values and would swallow it.
  await runNeo4jAdmin(home, [
    "database",
    "import",
    "full",
    database,
    "--overwrite-destination=true",
    `--array-delimiter=${ARRAY_DELIMITER}`,
    "--multiline-fields=true",
    // Any bad row fails the import instead of being skipped: the graph must be all of the export.
    "--bad-tolerance=0",
    "--skip-bad-relationships=false",
    "--skip-duplicate-nodes=false",
    `--report-file=${join(files.dir, "import.report")}`,
    ...files.args,
  ]);
}
