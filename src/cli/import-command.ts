import { readJsonlExport } from "../corpus/read-jsonl.ts";
import { loadArticle } from "../loader/load-article.ts";
import { withDatabase } from "./with-database.ts";

/** Loads a JSON-lines export, one transaction per article, with progress. Checks the whole file first. */
export async function importCommand(file: string): Promise<number> {
  const graphs = await readJsonlExport(file);
  return withDatabase(async ({ driver, database }) => {
    let relations = 0;
    const started = Date.now();
    for (const [i, graph] of graphs.entries()) {
      const summary = await loadArticle(driver, graph, database);
      relations += summary.relations;
      if (graphs.length <= 20 || (i + 1) % 100 === 0 || i + 1 === graphs.length) {
        console.error(`  [${i + 1}/${graphs.length}] ${graph.article.id}: ${summary.relations} relations`);
      }
    }
    console.log(
      `Imported ${graphs.length} article(s), ${relations} relation(s) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return 0;
  });
}
