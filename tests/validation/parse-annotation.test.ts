import { describe, expect, it } from "vitest";
import { AnnotationError } from "../../src/errors.ts";
import { parseAnnotation } from "../../src/validation/parse-annotation.ts";
import { Problems } from "../../src/validation/problems.ts";
import { parseYaml } from "../../src/validation/yaml-document.ts";

const parse = (raw: string) => {
  const yaml = parseYaml(raw);
  const problems = new Problems("f.yaml", yaml.lineOf);
  try {
    return { parsed: parseAnnotation(yaml, problems), problems: problems.list };
  } catch (error) {
    if (error instanceof AnnotationError) return { parsed: undefined, problems: error.problems };
    throw error;
  }
};

const ARTICLE = "article:\n  id: a-b\n  text: a.txt\n  title: A\n";

describe("parsing an annotation", () => {
  it("tells new actors from references and keeps a failed entry in its place", () => {
    const { parsed, problems } = parse(
      `${ARTICLE}actors:\n  - ref: ishaq-dar\n  - id: kabul\n    kind: City\n  - id: iom\n    kind: Organization\n    name: IOM\n    description: migration agency\n    sector: IGO\n`,
    );
    expect(parsed?.actors.map((a) => a.kind)).toEqual(["ref", "invalid", "new"]);
    expect(problems.map((p) => p.path)).toEqual([
      "actors[1].kind",
      "actors[1].name",
      "actors[1].description",
    ]);
    expect(parsed?.declaredActorIds).toEqual(new Set(["ishaq-dar", "kabul", "iom"]));
  });

  it("checks each relation on its own, leaving a hole for a bad one", () => {
    const { parsed, problems } = parse(
      `${ARTICLE}actors:\n  - ref: x\nrelations:\n  - id: r1\n    type: VISITS\n    source: a\n    target: b\n    evidence: went\n    status: asserted\n  - id: r2\n    type: BOMBS\n    source: a\n    target: b\n    evidence: x\n    status: asserted\n`,
    );
    expect(parsed?.relations.map((r) => r?.id)).toEqual(["r1", undefined]);
    expect(problems).toEqual([
      expect.objectContaining({
        path: "relations[1].type",
        line: 15,
        message: expect.stringContaining('unknown relation type "BOMBS"'),
      }),
    ]);
  });

  it("stops at a file whose shape is wrong", () => {
    const { parsed, problems } = parse("article:\n  id: Not A Slug\n");
    expect(parsed).toBeUndefined();
    expect(problems.map((p) => p.path)).toEqual(["article.id", "article.text", "actors"]);
  });
});
