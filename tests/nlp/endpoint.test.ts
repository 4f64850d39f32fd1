import { describe, expect, it } from "vitest";
import { endpointFromUrl } from "../../src/nlp/endpoint.ts";

describe("CORENLP_URL", () => {
  it("moves credentials out of the URL into a Basic Authorization header", () => {
    expect(endpointFromUrl("http://reader:s%3Acret@nlp.example:9000/")).toEqual({
      url: "http://nlp.example:9000",
      authorization: `Basic ${Buffer.from("reader:s:cret").toString("base64")}`,
    });
  });

  it("asks for no authorization when the URL carries none", () => {
    expect(endpointFromUrl("https://nlp.example/corenlp")).toEqual({
      url: "https://nlp.example/corenlp",
      authorization: null,
    });
  });
});
