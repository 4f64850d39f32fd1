import { writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { readArticle } from "../article/read-article.ts";
import { readConfig } from "../config.ts";
import { draftAnnotation } from "../draft/draft-annotation.ts";
import { InputError } from "../errors.ts";
import { annotationFiles } from "../loader/load-annotations.ts";
import { openResolvers } from "../resolver/open-resolver.ts";

/**
 * Writes a starting annotation for an article. Known actors come from the graph when a Neo4j answers, else from
 * the annotations on disk (all of them: re-drafting an annotated article finds its own actors too).
 */
export async function draftCommand(
  articlePath: string,
  options: { date?: string; out?: string; annotations?: string; force?: boolean },
): Promise<number> {
  const article = await readArticle(articlePath, options.date);
  const resolverFor = await openResolvers(readConfig(), await annotationFiles(options.annotations), (line) =>
    console.error(line),
  );
  const resolver = await resolverFor(undefined);
  const outDir = options.out ? dirname(resolve(options.out)) : process.cwd();
  const draft = draftAnnotation(article, relative(outDir, resolve(articlePath)), resolver);
  if (options.out) {
    await writeFile(options.out, draft.yaml, { flag: options.force ? "w" : "wx" }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === "EEXIST")
          throw new InputError(`${options.out} exists; pass --force to overwrite it`);
        throw error;
      },
    );
    console.error(
      `Wrote ${options.out}: ${draft.knownFound} known actor(s) found, ${draft.shared.length} shared word(s) to decide, ${draft.candidates.length} candidate name(s) to review.`,
    );
  } else {
    process.stdout.write(draft.yaml);
  }
  return 0;
}
