import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { readConfig } from "../config.ts";
import { exitOnError } from "../errors.ts";
import { openCoreNLP } from "../nlp/open-corenlp.ts";
import { readMerges } from "../resolver/merges.ts";
import { resolverFromFiles } from "../resolver/open-resolver.ts";
import { readAnnotationText } from "../validation/read-annotation.ts";
import { validateAnnotation, validateAnnotationFile } from "../validation/validate-annotation.ts";
import { loadWikidataIds } from "../validation/wikidata-ids.ts";
import { draftYaml } from "./draft-yaml.ts";
import { extractArticle } from "./extract-article.ts";
import { scoreDraft } from "./score-draft.ts";

/**
 * `npx tsx src/extract/tune.ts ANNOTATION…`: codes each annotation's article and prints how the draft compares
 * with the human annotation (actors, typed relations, status, date, attribution) and every miss, for tuning the
 * patterns. The known actors are data/annotations' and the files named, less the article's own.
 */
async function main(files: readonly string[]): Promise<void> {
  const config = readConfig();
  const merges = await readMerges(config.mergesFile);
  const wikidata = await loadWikidataIds();
  const corpus = [
    ...(await readdir("data/annotations"))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => join("data/annotations", f)),
    ...files,
  ].map((f) => resolve(f));
  const corenlp = await openCoreNLP(config, (line) => console.error(line));
  const totals = { human: 0, machine: 0, matched: 0 };
  try {
    for (const file of files) {
      const text = parse(await readFile(file, "utf8")) as { article: { id: string; text: string } };
      const resolver = await resolverFromFiles(corpus, merges, text.article.id);
      const human = await validateAnnotationFile(file, { wikidata, resolver });
      const id = human.graph.article.id;
      const named = text.article.text;
      const articleFile = resolve(dirname(file), named);
      const draft = await extractArticle(articleFile, { corenlp, resolver, textPath: named });
      const source = await readAnnotationText(draftYaml(draft), file);
      const machine = validateAnnotation(source, { wikidata, resolver });
      const score = scoreDraft(machine.graph, human.graph);
      totals.human += score.relations.human;
      totals.machine += score.relations.machine;
      totals.matched += score.relations.matched;
      const f = (x: number) => x.toFixed(2);
      console.log(
        `\n${id}: actors recall ${f(score.actors.recall)} precision ${f(score.actors.precision)}; relations ` +
          `${score.relations.matched}/${score.relations.human} recall ${f(score.relations.recall)} precision ` +
          `${f(score.relations.precision)}; status ${f(score.status)} date ${f(score.date)} attribution ${f(score.attribution)}`,
      );
      for (const p of score.matched) {
        const m = p.machine;
        const h = p.human;
        const diff = [
          m.status !== h.status ? `status ${m.status}≠${h.status}` : "",
          m.date !== h.date ? `date ${m.date}≠${h.date}` : "",
        ].join(" ");
        console.log(`  ok    ${m.type} ${m.source} → ${m.target} ${diff} | ${m.evidence}`);
      }
      for (const r of score.spurious)
        console.log(`  extra ${r.type} ${r.source} → ${r.target} | ${r.evidence}`);
      for (const r of score.missed)
        console.log(`  miss  ${r.type} ${r.source} → ${r.target} | ${r.evidence}`);
      for (const w of draft.warnings) console.log(`  warning: ${w}`);
    }
  } finally {
    await corenlp.close();
  }
  const recall = totals.matched / Math.max(1, totals.human);
  const precision = totals.matched / Math.max(1, totals.machine);
  console.log(
    `\nall: typed relations ${totals.matched}/${totals.human}, recall ${recall.toFixed(2)}, precision ${precision.toFixed(2)}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2)).catch(exitOnError);
