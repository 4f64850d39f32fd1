import type { z } from "zod";
import {
  type AnnotatedActor,
  type AnnotatedActorRef,
  type AnnotatedRelation,
  actorRefSchema,
  actorSchema,
  annotationSchema,
  type articleSchema,
  relationSchema,
} from "../annotation/annotation-schema.ts";
import { AnnotationError } from "../errors.ts";
import type { PathPart, Problems } from "./problems.ts";
import type { YamlDocument } from "./yaml-document.ts";

/** One entry of `actors:`: a new actor, a reference to one of the corpus, or an entry that failed its schema. */
export type ActorEntry =
  | { readonly index: number; readonly kind: "new"; readonly actor: AnnotatedActor }
  | { readonly index: number; readonly kind: "ref"; readonly ref: AnnotatedActorRef }
  | { readonly index: number; readonly kind: "invalid" };

export interface ParsedAnnotation {
  readonly article: z.infer<typeof articleSchema>;
  readonly actors: readonly ActorEntry[];
  /** By index in the file; undefined where the entry failed its schema, so every index still matches the file. */
  readonly relations: readonly (AnnotatedRelation | undefined)[];
  /** Ids the actor entries declare, failed entries included, so references to them are not reported twice. */
  readonly declaredActorIds: ReadonlySet<string>;
}

/**
 * The parsing stage: the YAML checked against the annotation's schema, each actor and relation on its own so one
 * bad entry does not hide the problems of the others. A file whose overall shape is wrong stops here.
 */
export function parseAnnotation(yaml: YamlDocument, problems: Problems): ParsedAnnotation {
  const parsed = annotationSchema.safeParse(yaml.document.toJS());
  if (!parsed.success) {
    problems.fromZod(parsed.error.issues);
    throw new AnnotationError(problems.list);
  }
  const { article, actors: rawActors, relations: rawRelations } = parsed.data;
  /** The entry checked against its schema, or undefined with its issues reported. */
  const check = <T>(schema: z.ZodType<T>, raw: unknown, prefix: PathPart[]): T | undefined => {
    const result = schema.safeParse(raw);
    if (!result.success) problems.fromZod(result.error.issues, prefix);
    return result.data;
  };

  const actors = rawActors.map((raw, index): ActorEntry => {
    if (typeof raw === "object" && raw !== null && "ref" in raw) {
      const ref = check(actorRefSchema, raw, ["actors", index]);
      return ref ? { index, kind: "ref", ref } : { index, kind: "invalid" };
    }
    const actor = check(actorSchema, raw, ["actors", index]);
    return actor ? { index, kind: "new", actor } : { index, kind: "invalid" };
  });
  const relations = rawRelations.map((raw, index) => check(relationSchema, raw, ["relations", index]));

  const declaredActorIds = new Set(
    rawActors.flatMap((raw) => {
      const { id, ref } = (raw ?? {}) as { id?: unknown; ref?: unknown };
      return typeof id === "string" ? [id] : typeof ref === "string" ? [ref] : [];
    }),
  );
  return { article, actors, relations, declaredActorIds };
}
