import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readAnnotation } from "../../src/nlp/client/annotate.ts";
import { OffsetMismatchError } from "../../src/nlp/client/check-offsets.ts";
import type { RecordedSentence } from "../../src/nlp/record-fixtures.ts";

const recorded = async (id: string): Promise<RecordedSentence> =>
  JSON.parse(await readFile(`tests/fixtures/corenlp/${id}.json`, "utf8"));

// On CoreNLP's recorded answers (npm run corenlp:record), checked against the text they were given and against
// texts they were not.
describe("the offset check", () => {
  it("accepts CoreNLP's answer for the text it annotated, curly quotes and dashes included", async () => {
    const { text, output } = await recorded("special-characters");
    const document = readAnnotation(text, output);
    expect(document.quotes[0]?.text).toBe("“not enough”");
  });

  it("fails loudly, naming the token, when the offsets do not slice the text to the token", async () => {
    const { text, output } = await recorded("accuse");
    // One character more at the start shifts every word: "Valdoria" is no longer at [0, 8).
    expect(() => readAnnotation(` ${text}`, output)).toThrow(OffsetMismatchError);
    expect(() => readAnnotation(` ${text}`, output)).toThrow(
      'CoreNLP token 1 of sentence 0 is "Valdoria" but the text at [0, 8) is " Valdori"',
    );
  });

  it("checks the quotations' offsets too", async () => {
    const { text, output } = await recorded("said-quote");
    // Same length, so every token still matches; only the quotation marks differ.
    const straightened = text.replace(/"/g, "'");
    expect(() => readAnnotation(straightened, output)).toThrow(OffsetMismatchError);
  });
});
