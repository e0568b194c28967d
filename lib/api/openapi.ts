import { z } from "zod";
import { siteUrl } from "@/lib/metadata";
import { listQuerySchema, listSchema, problemSchema, resourceNames } from "./schemas";

const toSchema = (schema: z.ZodType, io: "input" | "output" = "output") =>
  z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Record<string, unknown>;

/** The OpenAPI 3.1 document of the open-data API, generated from its zod schemas. */
export function openApiDocument() {
  const queryShape = listQuerySchema.shape;
  const parameters = Object.entries(queryShape).map(([name, schema]) => {
    const { $schema: _ignored, ...json } = toSchema(schema, "input");
    void _ignored;
    return { name, in: "query", required: false, description: schema.description, schema: json };
  });
  const problem = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { Problem: toSchema(problemSchema) };
  for (const name of resourceNames) {
    const schemaName = `${name[0].toUpperCase()}${name.slice(1)}Page`;
    schemas[schemaName] = toSchema(listSchema(name));
    const responses = {
      "200": {
        description: "One page of published items.",
        headers: { ETag: { schema: { type: "string" } } },
      },
      "304": { description: "Not modified (If-None-Match matched the ETag)." },
      "400": { description: "Invalid query parameters.", content: problem },
    };
    paths[`/api/v1/${name}`] = {
      get: {
        operationId: `list${schemaName.replace("Page", "")}`,
        summary: `Published ${name}, in one language`,
        parameters,
        responses: {
          ...responses,
          "200": {
            ...responses["200"],
            content: { "application/json": { schema: { $ref: `#/components/schemas/${schemaName}` } } },
          },
        },
      },
    };
    paths[`/api/v1/${name}.csv`] = {
      get: {
        operationId: `list${schemaName.replace("Page", "")}Csv`,
        summary: `Published ${name} as CSV (RFC 4180, UTF-8, header row)`,
        parameters,
        responses: {
          ...responses,
          "200": { ...responses["200"], content: { "text/csv": { schema: { type: "string" } } } },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Digital Belgium open data",
      version: "1.0.0",
      description:
        "Belgium's digital agencies, their initiatives and the Digital Wallonia 2019–2024 strategy, in Dutch, French and English. Only published content.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: siteUrl() }],
    paths,
    components: { schemas },
  };
}
