import { describe, expect, it } from "vitest";
import { browserDockerEnv, browserNeo4jConf } from "../../src/browser/browser-settings.ts";
import { neo4jConf } from "../../src/neo4j/launcher/neo4j-home.ts";

describe("browserNeo4jConf", () => {
  it("runs :style and :guide on connect and allows the API server's host", () => {
    expect(browserNeo4jConf("http://localhost:4000")).toEqual([
      "browser.post_connect_cmd=style http://localhost:4000/browser/actorgraph.grass; guide http://localhost:4000/browser/guide.html",
      "browser.remote_content_hostname_whitelist=guides.neo4j.com,localhost",
    ]);
  });

  it("adds another host to Browser's default allowlist", () => {
    expect(browserNeo4jConf("https://graph.example.org/")[1]).toBe(
      "browser.remote_content_hostname_whitelist=guides.neo4j.com,localhost,graph.example.org",
    );
  });

  it("ends up in the launcher's neo4j.conf", () => {
    const conf = neo4jConf({
      home: "/tmp/x",
      boltPort: 7687,
      httpPort: 7474,
      password: "actorgraph",
      heap: "1g",
      pageCache: "1g",
      extraConf: browserNeo4jConf("http://localhost:4000"),
    });
    expect(conf).toContain(
      "\nbrowser.post_connect_cmd=style http://localhost:4000/browser/actorgraph.grass; guide ",
    );
    // Neo4j 5.26 declares no `browser.remote_content_hostname_allowlist`: it would stop the server.
    expect(conf).not.toContain("hostname_allowlist");
  });

  it("has the Docker image's environment form", () => {
    expect(browserDockerEnv("http://localhost:4000")).toEqual({
      NEO4J_browser_post__connect__cmd:
        "style http://localhost:4000/browser/actorgraph.grass; guide http://localhost:4000/browser/guide.html",
      NEO4J_browser_remote__content__hostname__whitelist: "guides.neo4j.com,localhost",
    });
  });

  it("refuses a URL Browser cannot fetch from", () => {
    expect(() => browserNeo4jConf("ftp://localhost")).toThrow(/http/);
  });
});
