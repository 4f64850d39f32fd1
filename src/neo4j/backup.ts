import { existsSync } from "node:fs";
import { copyFile, mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Config } from "../config.ts";
import { InputError } from "../errors.ts";
import { prepareHome } from "./launcher/neo4j-home.ts";
import { runNeo4jAdmin } from "./launcher/start-neo4j.ts";
import { localHome, makeServerStopped } from "./offline-database.ts";

/**
 * `actorgraph backup` / `restore`: Neo4j's own offline dump and load of the local server's database, with the
 * server stopped first (offline-database.ts).
 */

/** A backup overwrites its file, and a restore the database, only when forced. */
export interface CopyOptions {
  readonly force: boolean;
  readonly log: (line: string) => void;
}

export async function backupDatabase(config: Config, file: string, options: CopyOptions): Promise<void> {
  const home = localHome(config, "backup");
  const database = config.neo4jDatabase;
  if (!existsSync(join(home, "data", "databases", database))) {
    throw new InputError(
      `There is no database "${database}" in ${home} to back up: start actorgraph once first.`,
    );
  }
  const target = resolve(file);
  if (existsSync(target) && !options.force) {
    throw new InputError(`${file} exists; \`actorgraph backup ${file} --force\` overwrites it.`);
  }
  await makeServerStopped(home, options.log);
  await prepareHome({ ...config.localNeo4j, password: config.neo4jPassword });
  const dir = await mkdtemp(join(tmpdir(), "actorgraph-backup-"));
  try {
    await runNeo4jAdmin(home, ["database", "dump", database, `--to-path=${dir}`]);
    // The dump is named after the database; a move across file systems needs a copy.
    await rename(join(dir, `${database}.dump`), target).catch(() =>
      copyFile(join(dir, `${database}.dump`), target),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function restoreDatabase(config: Config, file: string, options: CopyOptions): Promise<void> {
  const home = localHome(config, "restore");
  const database = config.neo4jDatabase;
  const source = resolve(file);
  if (!existsSync(source)) throw new InputError(`${file} does not exist.`);
  if (existsSync(join(home, "data", "databases", database)) && !options.force) {
    throw new InputError(
      `${home} already holds database "${database}"; \`actorgraph restore ${file} --force\` replaces it ` +
        "(`actorgraph backup FILE` keeps a copy first).",
    );
  }
  await makeServerStopped(home, options.log);
  await prepareHome({ ...config.localNeo4j, password: config.neo4jPassword });
  // neo4j-admin loads `<database>.dump` from a folder.
  const dir = await mkdtemp(join(tmpdir(), "actorgraph-restore-"));
  try {
    await copyFile(source, join(dir, `${database}.dump`));
    await runNeo4jAdmin(home, [
      "database",
      "load",
      database,
      `--from-path=${dir}`,
      "--overwrite-destination=true",
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
