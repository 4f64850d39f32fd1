import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeHtml, guideHtml, parseSavedQuery, readSavedQueries } from "../../src/browser/guide.ts";
import { ACTOR_KINDS, RELATION_STATUSES, RELATION_TYPES } from "../../src/model/vocabulary.ts";

/** What Browser 5.24 does with a remote guide: split at <slide>, take <title>, run `pre.runnable`'s text. */
function slides(html: string): string[] {
  return [...html.matchAll(/<slide[^>]*>([\s\S]*?)<\/slide>/g)].map((m) => m[1] as string);
}
function runnables(html: string): string[] {
  const decode = (s: string) =>
    s
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&quot;", '"')
      .replaceAll("&#39;", "'")
      .replaceAll("&amp;", "&");
  return [...html.matchAll(/<pre class="code runnable">([\s\S]*?)<\/pre>/g)].map((m) =>
    decode(m[1] as string),
  );
}

describe("parseSavedQuery", () => {
  it("reads the title, description, :param lines and statement", () => {
    const q = parseSavedQuery(
      "actor-neighbourhood",
      '// An actor\'s neighbourhood\n// Every relation\n// of one actor.\n// :param actorId => "x"\nMATCH (a {id: $actorId})\n// inner comment\nRETURN a;\n',
    );
    expect(q).toEqual({
      name: "actor-neighbourhood",
      title: "An actor's neighbourhood",
      description: "Every relation of one actor.",
      params: [':param actorId => "x"'],
      cypher: "MATCH (a {id: $actorId})\nRETURN a",
    });
  });

  it("names a query without a header after its file", () => {
    expect(parseSavedQuery("top-actors", "MATCH (a:Actor) RETURN a").title).toBe("Top actors");
  });
});

describe("the guide", () => {
  it("shows every saved research query as one-click Cypher, with its parameters", async () => {
    const queries = await readSavedQueries();
    const names = queries.map((q) => q.name);
    for (const name of [
      "article-graph",
      "who-accuses-whom",
      "attributed-to-iom-or-un",
      "ttp-ties",
      "actor-neighbourhood",
      "timeline",
    ]) {
      expect(names).toContain(name);
    }
    expect(names[0]).toBe("article-graph");
    const html = guideHtml({ queries });
    const code = runnables(html);
    for (const q of queries) {
      expect(code).toContain(q.cypher);
      for (const p of q.params) expect(code).toContain(p);
      expect(html).toContain(escapeHtml(q.title));
    }
    expect(code).toContain(':param actorId => "pakistan-government"');
  });

  it("has Browser's guide structure: a title and one slide per topic", async () => {
    const queries = await readSavedQueries();
    const html = guideHtml({ queries, styleUrl: "http://localhost:4000/browser/actorgraph.grass" });
    expect(html).toMatch(/<title>actorgraph<\/title>/);
    expect(slides(html)).toHaveLength(5 + queries.length);
    for (const slide of slides(html)) expect(slide).toMatch(/<h3>/);
    expect(html).not.toMatch(/<script|\son\w+=/i); // Browser strips both anyway
    expect(runnables(html)).toContain(":style http://localhost:4000/browser/actorgraph.grass");
  });

  it("explains the labels, relation types and statuses of the vocabulary", async () => {
    const html = guideHtml({ queries: [] });
    for (const kind of ACTOR_KINDS) expect(html).toContain(`<b>${kind}</b>`);
    for (const t of RELATION_TYPES) expect(html).toContain(`<code>${t.type}</code>`);
    for (const s of RELATION_STATUSES) expect(html).toContain(`<code>${s}</code>`);
  });

  it("escapes Cypher so arrows and quotes survive as text", () => {
    const html = guideHtml({
      queries: [parseSavedQuery("x", "// X\nMATCH (a)<-[:R]-(b) WHERE a.n = 'x' RETURN a")],
    });
    expect(html).toContain("MATCH (a)&lt;-[:R]-(b) WHERE a.n = &#39;x&#39; RETURN a");
    expect(runnables(html)).toContain("MATCH (a)<-[:R]-(b) WHERE a.n = 'x' RETURN a");
  });

  it("picks up query files added later, after its own", async () => {
    const dir = await mkdtemp(join(tmpdir(), "actorgraph-queries-"));
    try {
      await writeFile(join(dir, "zz-extra.cypher"), "// Extra\nRETURN 1");
      await writeFile(join(dir, "timeline.cypher"), "// Timeline\nRETURN 2");
      await writeFile(join(dir, "notes.txt"), "not a query");
      expect((await readSavedQueries(dir)).map((q) => q.name)).toEqual(["timeline", "zz-extra"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
