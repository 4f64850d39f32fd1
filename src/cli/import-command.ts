import { readConfig } from "../config.ts";
import { importOffline } from "../corpus/offline-import.ts";
import { readJsonlExport } from "../corpus/read-jsonl.ts";
import { InputError } from "../errors.ts";
import { loadArticles } from "../loader/load-articles.ts";
import { applyMerges } from "../resolver/merge-rows.ts";
import { readMerges } from "../resolver/merges.ts";
import { resolverFromGraph } from "../resolver/open-resolver.ts";
import { withDatabase } from "./with-database.ts";

/** Articles per transaction: large enough to make round trips rare, small enough to keep memory flat. */
const BATCH = 100;

/**
 * Loads a JSON-lines export in batches (articles new to the graph: one transaction per batch; articles already
 * there: replaced one by one), with progress. The whole file is checked before anything is written.
 */
export async function importCommand(
  file: string,
  options: { offline?: boolean; replace?: boolean } = {},
): Promise<number> {
  if (options.replace && !options.offline) {
    throw new InputError(
      "--replace goes with --offline: an online import adds to the graph and replaces nothing whole.",
    );
  }
  if (options.offline) return offlineImportCommand(file, options.replace ?? false);
  const rows = await readJsonlExport(file);
  return withDatabase(async ({ driver, database, uri }, config) => {
    // Rows exported before a merge decision land on the kept actor, as an ingest would put them.
    const merges = await readMerges(config.mergesFile);
    const graphs = applyMerges(rows, await resolverFromGraph(driver, database, uri, merges));
    let relations = 0;
    const started = Date.now();
    for (let at = 0; at < graphs.length; at += BATCH) {
      const batch = graphs.slice(at, at + BATCH);
      const summaries = await loadArticles(driver, batch, database);
      relations += summaries.reduce((n, s) => n + s.relations, 0);
      console.error(
        `  [${Math.min(at + BATCH, graphs.length)}/${graphs.length}] articles, ${relations} relations`,
      );
    }
    console.log(
      `Imported ${graphs.length} article(s), ${relations} relation(s) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return 0;
  });
}

async function offlineImportCommand(file: string, replace: boolean): Promise<number> {
  const started = Date.now();
  const s = await importOffline(readConfig(), file, { replace, log: (line) => console.error(line) });
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const rate = Math.round(s.relations / (s.phases.importer / 1000));
  console.log(
    `Imported ${s.articles} article(s), ${s.relations} relation(s), ${s.actors} actor(s) offline in ` +
      `${seconds(Date.now() - started)} s (reading ${seconds(s.phases.read)} s, CSV ${seconds(s.phases.csv)} s, ` +
      `neo4j-admin ${seconds(s.phases.importer)} s = ${rate} relations/s, start ${seconds(s.phases.start)} s, ` +
      `constraints and indexes ${seconds(s.phases.schema)} s).`,
  );
  return 0;
}
