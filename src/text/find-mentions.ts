import { type Span, wholeWordOccurrences } from "./words.ts";

export interface SurfaceForms {
  readonly actorId: string;
  readonly forms: readonly string[];
}

export interface MentionMatch {
  readonly byActor: ReadonlyMap<string, Span[]>;
  /** Spans that two actors' forms claim equally (same text, same length): the annotation must decide. */
  readonly conflicts: readonly { readonly span: Span; readonly actorIds: readonly string[] }[];
}

/**
 * Matches every actor's name and aliases in the text. The longest form wins where forms overlap, so
 * "Afghan Taliban" claims its words before "Taliban" can, and "the Pakistan government" before "Pakistan".
 */
export function findMentions(
  text: string,
  actors: readonly SurfaceForms[],
  reserved: readonly Span[] = [],
): MentionMatch {
  const candidates: { span: Span; actorId: string }[] = [];
  for (const { actorId, forms } of actors) {
    for (const form of new Set(forms)) {
      for (const span of wholeWordOccurrences(text, form)) candidates.push({ span, actorId });
    }
  }
  candidates.sort(
    (a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start,
  );

  // Spans an annotation assigned by hand are not open to automatic matching.
  const taken: Span[] = [...reserved];
  const overlapsTaken = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  const byActor = new Map<string, Span[]>();
  const conflicts: { span: Span; actorIds: string[] }[] = [];

  for (let i = 0; i < candidates.length; ) {
    const { span } = candidates[i] as { span: Span };
    const same = [];
    while (i < candidates.length) {
      const c = candidates[i] as { span: Span; actorId: string };
      if (c.span.start !== span.start || c.span.end !== span.end) break;
      same.push(c.actorId);
      i++;
    }
    if (overlapsTaken(span)) continue;
    taken.push(span);
    const owners = [...new Set(same)];
    if (owners.length > 1) {
      conflicts.push({ span, actorIds: owners });
      continue;
    }
    const owner = owners[0] as string;
    byActor.set(owner, [...(byActor.get(owner) ?? []), span]);
  }
  for (const spans of byActor.values()) spans.sort((a, b) => a.start - b.start);
  return { byActor, conflicts };
}
