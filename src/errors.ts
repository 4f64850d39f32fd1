/**
 * An error the user can fix (bad input, a taken port, a missing Java): the CLI prints its message on one line
 * without a stack trace and exits with `exitCode`.
 */
export class InputError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = "InputError";
    this.exitCode = exitCode;
  }
}

export interface AnnotationProblem {
  readonly file: string;
  /** Where inside the file: `relations[3].evidence`. */
  readonly path: string;
  /** 1-based line in the file, when the path could be located. */
  readonly line: number | null;
  readonly message: string;
}

export function formatProblem(p: AnnotationProblem): string {
  return `${p.file}${p.line === null ? "" : `:${p.line}`}: ${p.path === "" ? "" : `${p.path}: `}${p.message}`;
}

/** Every problem found in one or more annotation files; nothing was written. */
export class AnnotationError extends InputError {
  readonly problems: readonly AnnotationProblem[];
  constructor(problems: readonly AnnotationProblem[]) {
    const n = problems.length;
    super(
      `${n} problem${n === 1 ? "" : "s"} in the annotation; nothing was written:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`,
    );
    this.name = "AnnotationError";
    this.problems = problems;
  }
}

/**
 * The one top-level catch of every command: a user error prints its message alone (an annotation's problems
 * included) and exits with its code; anything unexpected prints its stack and exits 2.
 */
export function exitOnError(error: unknown): void {
  if (error instanceof InputError) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else {
    console.error(error);
    process.exitCode = 2;
  }
}
