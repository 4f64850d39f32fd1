import { readArticle } from "../article/read-article.ts";
import { describeOccurrence, occurrencesOf } from "../text/locate-quote.ts";

/**
 * `actorgraph quotes ARTICLE "words"`: every whole-word occurrence of the words in the article, numbered as an
 * annotation's `occurrence` counts them, with offsets and the words around each, so an annotator picks the right
 * one without counting by hand.
 */
export async function quotesCommand(
  articlePath: string,
  words: string,
  options: { date?: string },
): Promise<number> {
  const article = await readArticle(articlePath, options.date);
  const found = occurrencesOf(article.text, words);
  if (found.length === 0) {
    const inside = article.text.includes(words) ? " as whole words (only inside longer words)" : "";
    console.error(`${JSON.stringify(words)} does not occur in ${articlePath}${inside}.`);
    return 1;
  }
  console.log(`${JSON.stringify(words)} occurs ${found.length} time(s) in ${articlePath}:`);
  for (const [i, span] of found.entries()) {
    console.log(`  ${describeOccurrence(article.text, span, i + 1)}, end ${span.end}`);
  }
  return 0;
}
