import type { z } from "zod";
import { AnnotationError, type AnnotationProblem } from "../errors.ts";

/** A place in an annotation file: `["relations", 3, "evidence"]`. */
export type PathPart = string | number;

export const formatPath = (parts: readonly PathPart[]): string =>
  parts.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");

/**
 * Every problem found in one annotation file, each with its path and line, so a researcher fixes them all in one
 * pass. Rules report through `at` (and `warn` for what passes but deserves a look); zod's issues come in through
 * `fromZod`.
 */
export class Problems {
  readonly list: AnnotationProblem[] = [];
  /** What the validation accepts but a researcher should look at (a date it could not resolve). */
  readonly warnings: AnnotationProblem[] = [];

  constructor(
    readonly file: string,
    /** The 1-based line of a path in the file, or null when the path cannot be located. */
    private readonly lineOf: (parts: readonly PathPart[]) => number | null = () => null,
  ) {}

  at(parts: readonly PathPart[], message: string): void {
    this.list.push({ file: this.file, path: formatPath(parts), line: this.lineOf(parts), message });
  }

  warn(parts: readonly PathPart[], message: string): void {
    this.warnings.push({ file: this.file, path: formatPath(parts), line: this.lineOf(parts), message });
  }

  /** A problem at a known line (a YAML syntax error), with no path. */
  atLine(line: number, message: string): void {
    this.list.push({ file: this.file, path: "", line, message });
  }

  /** Each issue of a failed zod parse of the entry at `prefix`. */
  fromZod(issues: readonly z.core.$ZodIssue[], prefix: readonly PathPart[] = []): void {
    for (const issue of issues) this.at([...prefix, ...(issue.path as PathPart[])], issue.message);
  }

  get count(): number {
    return this.list.length;
  }

  /** Stops the validation here when anything was found: later stages would only repeat it. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new AnnotationError(this.list);
  }
}
