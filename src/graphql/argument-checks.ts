import {
  type ExecutionArgs,
  type FieldNode,
  type GraphQLArgument,
  GraphQLError,
  type GraphQLInputType,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isListType,
  isNonNullType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { BAD_REQUEST, ERROR_CODES } from "./errors.ts";
import { ARGUMENT_RANGES } from "./limits.ts";

const CAMEO_ROOT = /^\d{2}$/;

function isIntArgument(type: GraphQLInputType): boolean {
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  return !isListType(unwrapped) && getNamedType(unwrapped).name === "Int";
}

function describeValue(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** A `Day` argument's value (a neo4j Date, whose string is yyyy-mm-dd), or undefined when absent or another type. */
function dayArgument(
  node: FieldNode,
  name: string,
  definitions: readonly GraphQLArgument[],
  variables: Record<string, unknown>,
): string | undefined {
  const definition = definitions.find((d) => d.name === name);
  const argument = node.arguments?.find((a) => a.name.value === name);
  if (!definition || !argument || getNamedType(definition.type).name !== "Day") return undefined;
  const value = valueFromAST(argument.value, definition.type, variables);
  return value === null || value === undefined ? undefined : String(value);
}

/**
 * The problems with the arguments of the operation about to run: an integer outside its range (limits.ts), a
 * confidence outside 0 to 1, a CAMEO root that is not two digits, or a date range whose `from` comes after its `to`. Literals and variables
 * alike, on every field, fragments included.
 */
export function argumentProblems(args: ExecutionArgs): GraphQLError[] {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return [];
  const coerced = getVariableValues(
    args.schema,
    operation.variableDefinitions ?? [],
    args.variableValues ?? {},
  );
  // Variables that do not even coerce are reported by graphql's own execution, with its usual message.
  if (coerced.errors) return [];
  const variables = coerced.coerced;
  const problems: GraphQLError[] = [];
  const typeInfo = new TypeInfo(args.schema);
  const fieldName = () => `${typeInfo.getParentType()?.name}.${typeInfo.getFieldDef()?.name}`;
  visit(
    args.document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const args = typeInfo.getFieldDef()?.args ?? [];
        const from = dayArgument(node, "from", args, variables);
        const to = dayArgument(node, "to", args, variables);
        // yyyy-mm-dd strings sort as the days do.
        if (from !== undefined && to !== undefined && from > to) {
          problems.push(
            new GraphQLError(
              `Arguments "from" and "to" of "${fieldName()}" are reversed: from ${from} comes after to ${to}. Swap them to ask for the days between.`,
              {
                nodes: node,
                extensions: { code: ERROR_CODES.badUserInput, argument: "from", http: BAD_REQUEST },
              },
            ),
          );
        }
      },
      Argument(node) {
        const definition = typeInfo.getArgument();
        if (!definition) return;
        const name = node.name.value;
        const value = valueFromAST(node.value, definition.type, variables);
        const range = ARGUMENT_RANGES[name];
        if (range && isIntArgument(definition.type) && typeof value === "number") {
          if (value < range.min || value > range.max) {
            problems.push(
              new GraphQLError(
                `Argument "${name}" of "${fieldName()}" must be from ${range.min} to ${range.max}; got ${value}.`,
                {
                  nodes: node,
                  extensions: { code: ERROR_CODES.badUserInput, argument: name, ...range, http: BAD_REQUEST },
                },
              ),
            );
          }
        }
        if (name === "minConfidence" && typeof value === "number" && (value < 0 || value > 1)) {
          problems.push(
            new GraphQLError(
              `Argument "minConfidence" of "${fieldName()}" is a confidence from 0 to 1; got ${value}.`,
              {
                nodes: node,
                extensions: {
                  code: ERROR_CODES.badUserInput,
                  argument: name,
                  min: 0,
                  max: 1,
                  http: BAD_REQUEST,
                },
              },
            ),
          );
        }
        if (name === "cameoRoot" && Array.isArray(value)) {
          const bad = value.filter((root) => typeof root !== "string" || !CAMEO_ROOT.test(root));
          if (bad.length > 0) {
            problems.push(
              new GraphQLError(
                `Argument "cameoRoot" of "${fieldName()}" takes CAMEO roots of two digits ("11", "17"); got ${bad.map(describeValue).join(", ")}.`,
                {
                  nodes: node,
                  extensions: { code: ERROR_CODES.badUserInput, argument: name, http: BAD_REQUEST },
                },
              ),
            );
          }
        }
      },
    }),
  );
  return problems;
}

/**
 * Refuses an operation whose arguments ask for too much before it reaches Neo4j. The generated lists would
 * quietly cap `limit` at their `@limit(max:)`; refusing instead tells the researcher why a page is shorter.
 */
export function useArgumentChecks(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problems = argumentProblems(args);
      if (problems.length > 0) setResultAndStopExecution({ errors: problems });
    },
  };
}
