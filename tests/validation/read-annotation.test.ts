import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.ts";
import { readAnnotation, readAnnotationText } from "../../src/validation/read-annotation.ts";

const IOM = "tests/fixtures/annotations/2025-04-22-iom-border-camps.yaml";
const IOM_TEXT = "tests/fixtures/articles/2025-04-22-iom-border-camps.txt";

describe("reading an annotation and its article", () => {
  it("reads the article the annotation names, relative to the annotation", async () => {
    const source = await readAnnotation(IOM);
    expect(source.yaml.errors).toEqual([]);
    expect("problem" in source.article).toBe(false);
    if (!("problem" in source.article)) expect(source.article.date).toBe("2025-04-22");
  });

  it("reads the article given apart, as ingest does, and fails at once when it is missing", async () => {
    const source = await readAnnotation(IOM, { articlePath: IOM_TEXT });
    expect("problem" in source.article ? null : source.article.fileId).toBe("2025-04-22-iom-border-camps");
    await expect(readAnnotation(IOM, { articlePath: "tests/fixtures/articles/missing.txt" })).rejects.toThrow(
      "tests/fixtures/articles/missing.txt: cannot read the article (ENOENT)",
    );
  });

  it("keeps a missing article as a problem for the validator to report with its line", async () => {
    const source = await readAnnotationText("article:\n  text: ../articles/nowhere.txt\n", IOM);
    expect(source.article).toEqual({ problem: expect.stringMatching(/cannot read the article \(ENOENT\)$/) });
  });

  it("names the annotation file it cannot read", async () => {
    const error = await readAnnotation("tests/fixtures/annotations/none.yaml").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      "tests/fixtures/annotations/none.yaml: cannot read the annotation (ENOENT)",
    );
  });

  it("keeps YAML syntax errors with their lines", async () => {
    const source = await readAnnotationText("article:\n  id: [unclosed\n", IOM);
    expect(source.yaml.errors.length).toBeGreaterThan(0);
    expect(source.yaml.errors[0]?.line).toBeGreaterThanOrEqual(2);
  });
});
