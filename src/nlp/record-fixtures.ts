import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { readConfig } from "../config.ts";
import { exitOnError } from "../errors.ts";
import { ANNOTATORS, PIPELINE_PROPERTIES } from "./annotators.ts";
import { readAnnotation, requestAnnotation } from "./client/annotate.ts";
import { corenlpVersion } from "./launcher/distribution.ts";
import { openCoreNLP } from "./open-corenlp.ts";

/**
 * `npm run corenlp:record`: sends the short fictional sentences of tests/fixtures/corenlp/sentences.yaml to the
 * real CoreNLP server and writes each answer, as the server gave it, to tests/fixtures/corenlp/<id>.json. The
 * coder's unit tests read these, so its rules are tested on real parser output that nobody typed.
 */

const FIXTURES = fileURLToPath(new URL("../../tests/fixtures/corenlp/", import.meta.url));

const sentencesSchema = z.array(
  z.object({ id: z.string().regex(/^[a-z0-9-]+$/), date: z.string(), text: z.string().min(1) }),
);

export interface RecordedSentence {
  readonly id: string;
  readonly date: string;
  readonly text: string;
  readonly corenlp: string;
  readonly annotators: string;
  readonly properties: Readonly<Record<string, string>>;
  /** CoreNLP's JSON answer, unedited. */
  readonly output: unknown;
}

export async function readSentences(): Promise<z.infer<typeof sentencesSchema>> {
  return sentencesSchema.parse(parse(await readFile(`${FIXTURES}sentences.yaml`, "utf8")));
}

async function main(): Promise<void> {
  const sentences = await readSentences();
  const server = await openCoreNLP(readConfig(), console.log);
  try {
    for (const { id, date, text } of sentences) {
      const output = await requestAnnotation(server, text, { date, timeoutMs: server.timeoutMs });
      // Fails loudly (and writes nothing for it) when the answer is not what the coder expects.
      readAnnotation(text, output);
      const recorded: RecordedSentence = {
        id,
        date,
        text,
        corenlp: corenlpVersion(),
        annotators: ANNOTATORS.join(","),
        properties: PIPELINE_PROPERTIES,
        output,
      };
      await writeFile(`${FIXTURES}${id}.json`, `${JSON.stringify(recorded, null, 1)}\n`);
      console.log(`recorded ${id}`);
    }
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main().catch(exitOnError);
