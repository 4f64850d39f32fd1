import { expect } from "vitest";
import type { GraphqlYoga } from "../../../src/graphql/create-yoga.ts";

export interface GraphqlError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly locations?: readonly { line: number; column: number }[];
  readonly extensions?: Record<string, unknown>;
}

export interface GraphqlResponse {
  readonly status: number;
  readonly body: { data?: Record<string, unknown> | null; errors?: readonly GraphqlError[] };
}

/** POSTs one operation to the app in-process, as a GraphQL-over-HTTP client that accepts the current media type. */
export async function postGraphql(
  yoga: GraphqlYoga,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlResponse> {
  const response = await yoga.fetch("http://yoga/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphqlResponse["body"] };
}

/** The response's data, after checking there are no errors. */
// biome-ignore lint/suspicious/noExplicitAny: tests read deeply into the JSON answers of many different operations.
export function dataOf(response: GraphqlResponse): any {
  expect(response.body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.body.data;
}

/**
 * The response's only error, after checking there is exactly one and no data came with it: no `data`, or only
 * the nulls of nullable fields that failed.
 */
export function onlyError(response: GraphqlResponse): GraphqlError {
  expect(response.body.errors).toHaveLength(1);
  expect(Object.values(response.body.data ?? {}).every((value) => value === null)).toBe(true);
  return response.body.errors?.[0] as GraphqlError;
}
