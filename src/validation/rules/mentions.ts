import type { AnnotatedActor } from "../../annotation/annotation-schema.ts";
import type { MentionRow } from "../../model/rows.ts";
import { findMentions } from "../../text/find-mentions.ts";
import { locateQuote } from "../../text/locate-quote.ts";
import type { Span } from "../../text/words.ts";
import type { Problems } from "../problems.ts";

/**
 * Where the article names each actor: the `mentions` given by hand, else every whole-word match of its name and
 * aliases. A span two actors' forms claim equally, and an actor the article never names, are problems.
 */
export function mentionRows(
  actors: readonly (AnnotatedActor | undefined)[],
  text: string,
  problems: Problems,
): MentionRow[] {
  const manual = new Map<string, Span[]>();
  actors.forEach((a, i) => {
    if (!a?.mentions) return;
    const spans: Span[] = [];
    a.mentions.forEach((m, j) => {
      const at = locateQuote(text, m.quote, m.occurrence);
      if (!at.ok) problems.at(["actors", i, "mentions", j, "quote"], at.reason);
      else spans.push(at);
    });
    manual.set(a.id, spans);
  });

  const valid = actors.filter((a) => a !== undefined);
  const automatic = findMentions(
    text,
    valid.filter((a) => !a.mentions).map((a) => ({ actorId: a.id, forms: [a.name, ...a.aliases] })),
    [...manual.values()].flat(),
  );
  for (const c of automatic.conflicts) {
    const words = text.slice(c.span.start, c.span.end);
    const index = actors.findIndex((a) => a?.id === c.actorIds[1]);
    problems.at(
      ["actors", index, "aliases"],
      `"${words}" (offset ${c.span.start}) is a name or alias of ${c.actorIds.join(" and ")}; give \`mentions\` by hand for one of them`,
    );
  }

  const rows: MentionRow[] = [];
  for (const a of valid) {
    const spans = (manual.get(a.id) ?? automatic.byActor.get(a.id) ?? []).toSorted(
      (x, y) => x.start - y.start,
    );
    if (spans.length === 0) continue;
    rows.push({
      actorId: a.id,
      count: spans.length,
      offsets: spans.map((s) => s.start),
      forms: spans.map((s) => text.slice(s.start, s.end)),
    });
  }
  actors.forEach((a, i) => {
    if (a && !rows.some((m) => m.actorId === a.id)) {
      problems.at(
        ["actors", i],
        `"${a.id}" is never named in the article: add the words the article uses for it to \`aliases\` or \`mentions\``,
      );
    }
  });
  return rows;
}
