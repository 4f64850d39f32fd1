import { dirname, resolve } from "node:path";
import { type ArticleText, readArticle, readTextFile } from "../article/read-article.ts";
import { InputError } from "../errors.ts";
import { parseYaml, type YamlDocument } from "./yaml-document.ts";

/**
 * The reading stage, and the validator's only file I/O: an annotation file's YAML and the article it is about.
 * Everything after it (parsing, rules, rows) works on what this returns.
 */
export interface AnnotationSource {
  /** The annotation's path, as problems name it. */
  readonly file: string;
  readonly yaml: YamlDocument;
  /** The article, or why it could not be read (reported as a problem of `article.text`). */
  readonly article: ArticleText | { readonly problem: string };
}

export interface ReadOptions {
  /** The article's file, when given apart from the annotation (`ingest ARTICLE ANNOTATION`). */
  readonly articlePath?: string;
  /** Publication date for an article without a `date` header. */
  readonly articleDate?: string;
}

export async function readAnnotation(file: string, options: ReadOptions = {}): Promise<AnnotationSource> {
  return readAnnotationText(await readTextFile(file, "annotation"), file, options);
}

/** As `readAnnotation`, for YAML already in hand (an edited copy in a test, a draft). */
export async function readAnnotationText(
  raw: string,
  file: string,
  options: ReadOptions = {},
): Promise<AnnotationSource> {
  const yaml = parseYaml(raw);
  // An article given apart must be readable before anything else: it is the user's argument, not the file's.
  if (options.articlePath !== undefined) {
    return { file, yaml, article: await readArticle(options.articlePath, options.articleDate) };
  }
  const named = yaml.document.getIn(["article", "text"]);
  // A missing or mistyped `article.text` is the schema's to report, with its line.
  if (typeof named !== "string" || named === "") {
    return { file, yaml, article: { problem: "`article.text` must name the article's file" } };
  }
  try {
    return { file, yaml, article: await readArticle(resolve(dirname(file), named), options.articleDate) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { file, yaml, article: { problem: error.message } };
  }
}
