import { readdir, readFile, readlink } from "node:fs/promises";

/**
 * The resident memory of the CoreNLP server the evaluation talks to, when it runs on this machine: the process
 * that listens on the URL's port, found through the kernel's socket table (/proc/net/tcp*) and the processes'
 * open sockets, not through their command lines (which hold the server's password). "remote" for a server on
 * another host; null when the process cannot be seen (another user's, or not Linux).
 */
export async function serverMemoryMb(url: string): Promise<number | "remote" | null> {
  const { hostname, port } = new URL(url);
  if (!["127.0.0.1", "localhost", "[::1]", "::1"].includes(hostname)) return "remote";
  const inodes = await listeningInodes(Number(port || 80));
  if (inodes.size === 0) return null;
  for (const pid of (await readdir("/proc").catch(() => [])).filter((p) => /^\d+$/.test(p))) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => []);
    for (const fd of fds) {
      const link = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
      const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
      if (inode && inodes.has(inode)) {
        const status = await readFile(`/proc/${pid}/status`, "utf8");
        const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
        return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
      }
    }
  }
  return null;
}

const LISTEN = "0A";

async function listeningInodes(port: number): Promise<Set<string>> {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const lines = (await readFile(table, "utf8").catch(() => "")).split("\n").slice(1);
    for (const line of lines) {
      const f = line.trim().split(/\s+/);
      const local = f[1];
      if (!local || f[3] !== LISTEN) continue;
      if (Number.parseInt(local.split(":")[1] ?? "", 16) === port && f[9]) inodes.add(f[9]);
    }
  }
  return inodes;
}
