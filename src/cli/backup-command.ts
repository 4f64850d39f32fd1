import { readConfig } from "../config.ts";
import { backupDatabase, restoreDatabase } from "../neo4j/backup.ts";

const log = (line: string) => console.error(line);

export async function backupCommand(file: string, options: { force?: boolean }): Promise<number> {
  const config = readConfig();
  await backupDatabase(config, file, { force: options.force ?? false, log });
  console.log(`Backed up database "${config.neo4jDatabase}" of ${config.localNeo4j.home} to ${file}.`);
  return 0;
}

export async function restoreCommand(file: string, options: { force?: boolean }): Promise<number> {
  const config = readConfig();
  await restoreDatabase(config, file, { force: options.force ?? false, log });
  console.log(`Restored database "${config.neo4jDatabase}" of ${config.localNeo4j.home} from ${file}.`);
  return 0;
}
