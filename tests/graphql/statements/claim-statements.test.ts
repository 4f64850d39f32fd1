import { describe, expect, it } from "vitest";
import { CLAIM_TYPE_STEMS, STOP_STEMS } from "../../../src/graphql/statements/claim-statements.ts";
import { RELATION_TYPES } from "../../../src/model/vocabulary.ts";
import { useClaimsCorpusYoga } from "../helpers/claims-corpus.ts";
import { dataOf, postGraphql } from "../helpers/graphql-request.ts";

const A1 = "2025-03-03-orvane-accuses-dustmark";
const A2 = "2025-03-05-dustmark-rejects-jamming";
const A3 = "2025-03-10-interior-ministry-dismisses";

const PAIRS = `query($sameArticle: Boolean!, $denied: Boolean, $actor: ID) {
  claimsWithDenials(sameArticle: $sameArticle, denied: $denied, actor: $actor) {
    claim { id }
    denials { id }
    answers { denial { id source { id } target { id } } pairedBy sharedWords }
  }
}`;

interface Pair {
  claim: { id: string };
  denials: { id: string }[];
  answers: { denial: { id: string }; pairedBy: string[]; sharedWords: string[] }[];
}

describe("claimsWithDenials on the Orvane–Dustmark corpus: three claims, three denials, three articles", () => {
  const { yoga } = useClaimsCorpusYoga();
  const pairs = async (variables: Record<string, unknown>): Promise<Pair[]> =>
    dataOf(await postGraphql(yoga(), PAIRS, variables)).claimsWithDenials as Pair[];
  const answered = (list: Pair[]) =>
    Object.fromEntries(
      list.map((p) => [p.claim.id, p.answers.map((a) => [a.denial.id, a.pairedBy, a.sharedWords])]),
    );

  it("across articles pairs each denial with the one claim it answers, and says why", async () => {
    const all = await pairs({ sameArticle: false });
    // The dated claim first, then the undated ones by id.
    expect(all.map((p) => p.claim.id)).toEqual([
      `${A1}:farms-shelled`,
      `${A1}:radios-jammed`,
      `${A2}:closure-criticised`,
    ]);
    expect(answered(all)).toEqual({
      // The army answers for the Dustmark government, in the claim's article, on its key words.
      [`${A1}:farms-shelled`]: [
        [`${A1}:shelling-denied`, ["SAME_ARTICLE", "KEY_WORDS", "ROLLED_UP_DENIER"], ["shelling", "farms"]],
      ],
      // Two days later, in another article: the government itself, on the key words; "the accusation" is the
      // claim's kind too.
      [`${A1}:radios-jammed`]: [
        [`${A2}:jamming-rejected`, ["KEY_WORDS", "TYPE_WORD"], ["jamming", "radio", "signals"]],
      ],
      // A bare "dismissed the criticism" by the interior ministry, against the government whose foreign ministry
      // criticised: both parties rolled up, paired by the claim's kind alone.
      [`${A2}:closure-criticised`]: [
        [`${A3}:criticism-dismissed`, ["TYPE_WORD", "ROLLED_UP_DENIER", "ROLLED_UP_ACCUSER"], []],
      ],
    });
    for (const p of all) expect(p.denials.map((d) => d.id)).toEqual(p.answers.map((a) => a.denial.id));
  });

  it("within articles (the default) keeps only the denial of the claim's own article, not the other claim's", async () => {
    expect(answered(await pairs({ sameArticle: true }))).toEqual({
      [`${A1}:farms-shelled`]: [
        [`${A1}:shelling-denied`, ["SAME_ARTICLE", "KEY_WORDS", "ROLLED_UP_DENIER"], ["shelling", "farms"]],
      ],
      [`${A1}:radios-jammed`]: [],
      [`${A2}:closure-criticised`]: [],
    });
  });

  it("filters by denied with the same pairing, and by an actor", async () => {
    expect((await pairs({ sameArticle: true, denied: false })).map((p) => p.claim.id)).toEqual([
      `${A1}:radios-jammed`,
      `${A2}:closure-criticised`,
    ]);
    expect((await pairs({ sameArticle: false, denied: true })).map((p) => p.claim.id)).toHaveLength(3);
    const ministry = await pairs({ sameArticle: false, actor: "orvane-foreign-ministry" });
    expect(answered(ministry)).toEqual({
      [`${A2}:closure-criticised`]: [
        [`${A3}:criticism-dismissed`, ["TYPE_WORD", "ROLLED_UP_DENIER", "ROLLED_UP_ACCUSER"], []],
      ],
    });
  });

  it("knows the words of every claim type, and none of them is a key word", () => {
    const claimTypes = RELATION_TYPES.filter((t) => t.plover === "ACCUSE").map((t) => t.type);
    expect(Object.keys(CLAIM_TYPE_STEMS).sort()).toEqual([...claimTypes].sort());
    for (const stem of Object.values(CLAIM_TYPE_STEMS).flat()) expect(STOP_STEMS).toContain(stem);
  });
});
