import type { ChildProcess } from "node:child_process";

/**
 * Stops a server process this process started: SIGTERM, so it shuts down cleanly (Neo4j's and CoreNLP's own
 * shutdown hooks), then SIGKILL if it has not exited after `graceMs`. Resolves once it has exited.
 */
export async function stopChild(
  child: ChildProcess,
  exited: Promise<number | null>,
  graceMs: number,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
