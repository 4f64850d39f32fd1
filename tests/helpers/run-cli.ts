import { execFile } from "node:child_process";
import { inject } from "vitest";

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of a CLI process that uses the run's test database (NEO4J_URI and its login). */
export function testDatabaseEnv(): NodeJS.ProcessEnv {
  const { uri, user, password, database } = inject("testDatabase");
  return {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: database,
  };
}

/**
 * Runs `actorgraph …` as a user would (bin/actorgraph.js), against the test database. A variable set to undefined
 * in `env` is removed from the environment (NEO4J_URI: undefined runs it with no database configured).
 */
export function runCli(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<CliResult> {
  return runCliIn({ ...testDatabaseEnv(), ...env }, args);
}

/** Runs `actorgraph …` with exactly this environment (a local Neo4j of a test file's own, say). */
export function runCliIn(env: NodeJS.ProcessEnv, args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["bin/actorgraph.js", ...args],
      { env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}
