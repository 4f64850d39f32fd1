import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AnnotationError } from "../../src/errors.ts";
import { formatPath, Problems } from "../../src/validation/problems.ts";
import { parseYaml } from "../../src/validation/yaml-document.ts";

const yaml = parseYaml(
  "article:\n  id: x\nrelations:\n  - id: a\n    type: VISITS\n  - id: b\n    evidence: 12\n",
);

describe("Problems", () => {
  it("writes paths as a reader would: relations[1].evidence", () => {
    expect(formatPath(["relations", 1, "evidence"])).toBe("relations[1].evidence");
    expect(formatPath([])).toBe("");
  });

  it("names the line of the deepest node of the path that exists", () => {
    const problems = new Problems("a.yaml", yaml.lineOf);
    problems.at(["relations", 1, "evidence"], "not a quote");
    problems.at(["relations", 1, "when"], "missing");
    expect(problems.list).toEqual([
      { file: "a.yaml", path: "relations[1].evidence", line: 7, message: "not a quote" },
      { file: "a.yaml", path: "relations[1].when", line: 6, message: "missing" },
    ]);
  });

  it("takes zod's issues under the entry's path, one problem each", () => {
    const problems = new Problems("a.yaml", yaml.lineOf);
    const result = z.object({ id: z.string(), evidence: z.string() }).safeParse({ evidence: 12 });
    expect(result.success).toBe(false);
    problems.fromZod(result.error?.issues ?? [], ["relations", 1]);
    expect(problems.list.map((p) => `${p.path}@${p.line}`)).toEqual([
      "relations[1].id@6",
      "relations[1].evidence@7",
    ]);
  });

  it("keeps warnings apart: they do not stop the validation", () => {
    const problems = new Problems("a.yaml", yaml.lineOf);
    problems.warn(["relations", 0], "a date it cannot resolve");
    expect(() => problems.throwIfAny()).not.toThrow();
    expect(problems.warnings).toEqual([
      { file: "a.yaml", path: "relations[0]", line: 4, message: "a date it cannot resolve" },
    ]);
  });

  it("throws every problem at once, and nothing when there is none", () => {
    const problems = new Problems("a.yaml");
    expect(() => problems.throwIfAny()).not.toThrow();
    problems.at(["article"], "one");
    problems.atLine(3, "YAML: two");
    expect(() => problems.throwIfAny()).toThrow(AnnotationError);
    expect(() => problems.throwIfAny()).toThrow(/^2 problems in the annotation; nothing was written:/);
  });
});
