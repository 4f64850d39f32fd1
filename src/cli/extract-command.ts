import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Driver } from "neo4j-driver";
import { readArticle } from "../article/read-article.ts";
import { readConfig } from "../config.ts";
import { InputError } from "../errors.ts";
import { draftYaml } from "../extract/draft-yaml.ts";
import { extractArticle } from "../extract/extract-article.ts";
import { annotationFiles } from "../loader/load-annotations.ts";
import { loadArticle } from "../loader/load-article.ts";
import type { ArticleGraph } from "../model/article-graph.ts";
import { articleRelations } from "../neo4j/typed-cypher.ts";
import { type OpenCoreNLP, openCoreNLP } from "../nlp/open-corenlp.ts";
import type { ActorResolver } from "../resolver/actor-resolver.ts";
import { readMerges } from "../resolver/merges.ts";
import { openResolvers, resolverFromGraph } from "../resolver/open-resolver.ts";
import { looksEnglish, MIN_ENGLISH_SHARE } from "../text/looks-english.ts";
import { readAnnotationText } from "../validation/read-annotation.ts";
import { validateAnnotation } from "../validation/validate-annotation.ts";
import { loadWikidataIds, type WikidataIds } from "../validation/wikidata-ids.ts";
import { withDatabase } from "./with-database.ts";

/**
 * Machine drafts go beside the human annotations, not among them: `npm start` loads every file of
 * data/annotations, and a draft belongs there only once a researcher has reviewed it.
 */
export const DRAFTS_DIR = new URL("../../data/drafts/", import.meta.url).pathname;

export interface ExtractOptions {
  readonly out?: string;
  readonly ingest?: boolean;
  readonly force?: boolean;
}

/** Where the drafts' actors are resolved, and what happens to a validated draft besides being written. */
interface Session {
  resolver(articleId: string): Promise<ActorResolver>;
  /** Why this article must not be replaced by a machine draft, if it must not (its human-coded relations). */
  refusal(articleId: string): Promise<string | undefined>;
  after(graph: ArticleGraph): Promise<string>;
}

interface Outcome {
  readonly actors: number;
  readonly relations: number;
}

/** A path as the user would type it: relative below the working directory, else absolute. */
const shown = (file: string) => {
  const below = relative(process.cwd(), file);
  return below.startsWith("..") ? file : below;
};

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** The message with the file it is about in front, unless it names it already (the article reader's do). */
const aboutFile = (file: string, message: string) =>
  message.startsWith(file) ? message : `${file}: ${message}`;

/**
 * `actorgraph extract ARTICLE…`: a machine draft per article, from CoreNLP and the coder (src/extract/), written
 * to `<out>/<article id>.yaml` for review and, with `--ingest`, loaded at once as machine-coded. Each article
 * succeeds or fails on its own: a bad one (empty, undated, not English, refused by CoreNLP, the server gone) is
 * reported with its file and the others go on. A draft is validated before it is written, and written whole or
 * not at all.
 */
export async function extractCommand(articles: readonly string[], options: ExtractOptions): Promise<number> {
  const outDir = resolve(options.out ?? DRAFTS_DIR);
  await mkdir(outDir, { recursive: true });
  const config = readConfig();
  const wikidata = await loadWikidataIds();
  const log = (line: string) => console.error(line);
  let corenlp: OpenCoreNLP | undefined;
  const openOnce = async () => {
    corenlp ??= await openCoreNLP(config, log);
    return corenlp;
  };
  try {
    if (!options.ingest) {
      const resolverFor = await openResolvers(config, await annotationFiles(), log);
      const session: Session = {
        resolver: (articleId) => resolverFor(articleId),
        refusal: async () => undefined,
        after: async () => "",
      };
      return await extractAll(articles, outDir, options, session, wikidata, openOnce);
    }
    return await withDatabase(async ({ driver, database, uri }, cfg) => {
      const merges = await readMerges(cfg.mergesFile);
      let resolver: ActorResolver | undefined;
      const session: Session = {
        // Read again after each ingest, so a later article refers to the actors an earlier one added.
        resolver: async () => {
          resolver ??= await resolverFromGraph(driver, database, uri, merges);
          return resolver;
        },
        refusal: (articleId) => humanRelations(driver, database, articleId),
        after: async (graph) => {
          const summary = await loadArticle(driver, graph, database);
          resolver = undefined;
          return `, ingested (${summary.relationsAdded} new, ${summary.relationsRemoved} removed)`;
        },
      };
      return extractAll(articles, outDir, options, session, wikidata, openOnce);
    });
  } finally {
    await corenlp?.close();
  }
}

async function humanRelations(
  driver: Driver,
  database: string,
  articleId: string,
): Promise<string | undefined> {
  const { records } = await driver.executeQuery(
    articleRelations("AND coalesce(r.coder, 'human') = 'human' RETURN count(r) AS human"),
    { articleId },
    { database },
  );
  const human = Number(records[0]?.get("human") ?? 0);
  if (human === 0) return undefined;
  return `the graph holds ${human} relation(s) of ${articleId} that a researcher coded or confirmed; ingesting the machine's draft would replace them (pass --force to do so)`;
}

async function extractAll(
  articles: readonly string[],
  outDir: string,
  options: ExtractOptions,
  session: Session,
  wikidata: WikidataIds,
  openOnce: () => Promise<OpenCoreNLP>,
): Promise<number> {
  const started = performance.now();
  const failed: string[] = [];
  let unexpected = false;
  let actors = 0;
  let relations = 0;
  for (const [i, path] of articles.entries()) {
    const step = `[${i + 1}/${articles.length}]`;
    const t0 = performance.now();
    try {
      const { outcome, target, note } = await extractOne(path, outDir, options, session, wikidata, openOnce);
      actors += outcome.actors;
      relations += outcome.relations;
      console.log(
        `${step} ${path} → ${shown(target)}: ${outcome.actors} actor(s), ${outcome.relations} relation(s)${note}, ${seconds(t0)} s`,
      );
    } catch (error) {
      failed.push(path);
      if (error instanceof InputError) {
        console.error(`${step} error: ${aboutFile(path, error.message)}`);
      } else {
        unexpected = true;
        console.error(`${step} unexpected error on ${path}:`, error);
      }
    }
  }
  const done = articles.length - failed.length;
  console.log(
    `Extracted ${done} of ${articles.length} article(s) in ${seconds(started)} s: ${relations} machine-coded relation(s), ${actors} actor(s)${options.ingest ? `, ${done} ingested` : ""}${failed.length > 0 ? `; failed: ${failed.join(", ")}` : ""}.`,
  );
  return unexpected ? 2 : failed.length > 0 ? 1 : 0;
}

async function extractOne(
  path: string,
  outDir: string,
  options: ExtractOptions,
  session: Session,
  wikidata: WikidataIds,
  openOnce: () => Promise<OpenCoreNLP>,
): Promise<{ outcome: Outcome; target: string; note: string }> {
  // The cheap checks first: a bad file should not wait for CoreNLP.
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(`${path}: cannot read the article (${(error as NodeJS.ErrnoException).code})`);
  }
  if (raw.trim() === "") throw new InputError(`${path}: the file is empty`);
  const article = await readArticle(path);
  const english = looksEnglish(article.text);
  if (!english.english) {
    throw new InputError(
      `${path}: does not look like English (${Math.round(english.share * 100)} % of its ${english.words} words are English function words; English prose has ${Math.round(MIN_ENGLISH_SHARE * 100)} % or more), and CoreNLP runs English models`,
    );
  }
  const target = join(outDir, `${article.fileId}.yaml`);
  if (!options.force && (await exists(target))) {
    throw new InputError(
      `${target} exists and may hold a researcher's review; pass --force to overwrite it, or --out another folder`,
    );
  }
  if (!options.force) {
    const refusal = await session.refusal(article.fileId);
    if (refusal) throw new InputError(`${path}: ${refusal}`);
  }

  const resolver = await session.resolver(article.fileId);
  const corenlp = await openOnce();
  const draft = await extractArticle(path, { corenlp, resolver, textPath: relative(outDir, resolve(path)) });
  const yaml = draftYaml(draft);
  // The draft must pass `validate` as written; if it does not, the coder is at fault, and nothing is written.
  const source = await readAnnotationText(yaml, target);
  let graph: ArticleGraph;
  try {
    graph = validateAnnotation(source, { wikidata, resolver }).graph;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      `${path}: the machine's draft does not validate, so it was not written:\n${error.message}`,
    );
  }
  await writeWhole(target, yaml);
  const note = await session.after(graph);
  return { outcome: { actors: draft.actors.length, relations: draft.relations.length }, target, note };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes beside the target and renames: a reader (or a crash) never sees half a draft. */
async function writeWhole(target: string, text: string): Promise<void> {
  const partial = `${target}.partial`;
  try {
    await writeFile(partial, text);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
