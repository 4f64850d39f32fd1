import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { serverMemoryMb } from "../../../bench/extract/server-memory.ts";

describe("the CoreNLP server's memory, found by its listening socket", () => {
  it("is the resident memory of the process listening on a loopback port (here: this one)", async () => {
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    try {
      const address = server.address();
      if (address === null || typeof address === "string") throw new Error("no port");
      const mb = await serverMemoryMb(`http://user:secret@127.0.0.1:${address.port}`);
      const own = process.memoryUsage().rss / 1024 / 1024;
      expect(typeof mb).toBe("number");
      expect(Math.abs((mb as number) - own)).toBeLessThan(own * 0.2);
    } finally {
      server.close();
    }
  });

  it("is not measured for a server on another host, and unknown for a port nobody listens on", async () => {
    expect(await serverMemoryMb("http://nlp.example:9000")).toBe("remote");
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const address = server.address();
    await new Promise((done) => server.close(done));
    if (address === null || typeof address === "string") throw new Error("no port");
    expect(await serverMemoryMb(`http://127.0.0.1:${address.port}`)).toBeNull();
  });
});
