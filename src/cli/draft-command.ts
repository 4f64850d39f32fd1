import { writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { draftAnnotation } from "../annotation/draft-annotation.ts";
import { readArticle } from "../article/read-article.ts";
import { knownActorsExcept, readFileActors } from "../corpus/known-actors.ts";
import { InputError } from "../errors.ts";
import { annotationFiles } from "../loader/load-annotations.ts";

/** Writes a starting annotation for an article; known actors come from the annotations on disk. */
export async function draftCommand(
  articlePath: string,
  options: { date?: string; out?: string; annotations?: string; force?: boolean },
): Promise<number> {
  const article = await readArticle(articlePath, options.date);
  const known = knownActorsExcept(
    await readFileActors(await annotationFiles(options.annotations)),
    article.fileId,
  );
  const outDir = options.out ? dirname(resolve(options.out)) : process.cwd();
  const draft = draftAnnotation(article, relative(outDir, resolve(articlePath)), known);
  if (options.out) {
    await writeFile(options.out, draft.yaml, { flag: options.force ? "w" : "wx" }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === "EEXIST")
          throw new InputError(`${options.out} exists; pass --force to overwrite it`);
        throw error;
      },
    );
    console.error(
      `Wrote ${options.out}: ${draft.knownFound} known actor(s) found, ${draft.candidates.length} candidate name(s) to review.`,
    );
  } else {
    process.stdout.write(draft.yaml);
  }
  return 0;
}
