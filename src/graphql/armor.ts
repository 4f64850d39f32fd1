import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { BAD_REQUEST, ERROR_CODES } from "./errors.ts";
import { QUERY_LIMITS } from "./limits.ts";

type LimitName = keyof typeof QUERY_LIMITS;

/**
 * graphql-armor words its refusals as "Syntax Error: Query depth limit of 7 exceeded, found 9." with no code; a
 * client should not have to parse that. Throwing from the rejection handler replaces armor's error with one that
 * names the limit in `extensions` (armor would throw its own otherwise, at the same point).
 */
function refuse(limit: LimitName) {
  return [
    (_context: unknown, error: GraphQLError) => {
      throw new GraphQLError(error.message.replace(/^Syntax Error: /, ""), {
        extensions: {
          code: ERROR_CODES.queryLimitExceeded,
          limit,
          max: QUERY_LIMITS[limit],
          http: BAD_REQUEST,
        },
      });
    },
  ];
}

/** Depth, cost, alias, token and directive limits for every operation, checked before anything runs. */
export function useArmor(): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: QUERY_LIMITS.maxDepth, onReject: refuse("maxDepth") },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, onReject: refuse("maxCost") },
    maxAliases: { n: QUERY_LIMITS.maxAliases, onReject: refuse("maxAliases") },
    maxTokens: { n: QUERY_LIMITS.maxTokens, onReject: refuse("maxTokens") },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, onReject: refuse("maxDirectives") },
    // Introspection is open (GraphiQL needs it), so "Did you mean …?" hides nothing and helps a researcher.
    blockFieldSuggestion: { enabled: false },
  });
}
