import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { ANNOTATIONS_DIR } from "../../src/loader/load-annotations.ts";

/**
 * The articles `npm run eval:extract` scores the machine coder on: every article with a human annotation. The
 * seed (data/annotations) and the fictional test articles of tests/fixtures/extraction, in two sets: `tuning`,
 * which the coder's author may look at while writing rules, and `held-out`, which nobody reads while tuning, so
 * that its scores say how the rules do on text they were not fitted to.
 */
export const EVAL_SETS = ["seed", "tuning", "held-out"] as const;
export type EvalSet = (typeof EVAL_SETS)[number];

export interface EvalArticle {
  readonly set: EvalSet;
  /** The human annotation; its `article.text` names the article file. */
  readonly annotation: string;
}

const FIXTURES_DIR = new URL("../../tests/fixtures/extraction/", import.meta.url).pathname;

const DIRS: Readonly<Record<EvalSet, string>> = {
  seed: ANNOTATIONS_DIR,
  tuning: join(FIXTURES_DIR, "tuning"),
  "held-out": join(FIXTURES_DIR, "held-out"),
};

/** Every annotated article, set by set, sorted by file name within a set so runs are repeatable. */
export async function evalArticles(): Promise<EvalArticle[]> {
  const articles: EvalArticle[] = [];
  for (const set of EVAL_SETS) {
    const names = (await readdir(DIRS[set])).filter((n) => /\.ya?ml$/.test(n)).sort();
    articles.push(...names.map((n) => ({ set, annotation: join(DIRS[set], n) })));
  }
  return articles;
}
