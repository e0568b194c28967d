import { z } from "zod";
import { siteUrl } from "@/lib/metadata";
import {
  listQuerySchema,
  listSchema,
  problemSchema,
  resourceNames,
  resourceSchemas,
  type ResourceName,
} from "./schemas";

const dialect = { target: "draft-2020-12", unrepresentable: "any" } as const;
const componentRef = (id: string) => `#/components/schemas/${id}`;

const resourceId = (name: ResourceName) => resourceSchemas[name].meta()!.id!;
const pageId = (name: ResourceName) => `${name[0].toUpperCase()}${name.slice(1)}Page`;

/**
 * Every named schema of the API as one set of components: zod writes their references to each
 * other as `#/components/schemas/…`, which resolves against the document root as OpenAPI 3.1
 * requires (`#/$defs/…` inside a component would not).
 */
function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const name of resourceNames) {
    registry.add(resourceSchemas[name], { id: resourceId(name) });
    registry.add(listSchema(name), { id: pageId(name) });
  }
  registry.add(problemSchema, { id: "Problem" });
  const { schemas } = z.toJSONSchema(registry, { ...dialect, uri: componentRef });
  // `$id` would be the reference (a fragment, invalid as an id) and `$schema` is the document's
  // jsonSchemaDialect: neither belongs inside a component.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema]),
  );
}

function queryParameters() {
  return Object.entries(listQuerySchema.shape).map(([name, schema]) => {
    const { $schema: _schema, ...json } = z.toJSONSchema(schema, { ...dialect, io: "input" });
    return { name, in: "query", required: false, description: schema.description, schema: json };
  });
}

const problem = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/problem+json": { schema: { $ref: componentRef("Problem") } } },
});

const etag = { ETag: { description: "Identifies this representation.", schema: { type: "string" } } };

function operation(name: ResourceName, csv: boolean, parameters: unknown[]) {
  const entity = pageId(name).replace("Page", "");
  const content = csv
    ? { "text/csv": { schema: { type: "string" } } }
    : { "application/json": { schema: { $ref: componentRef(pageId(name)) } } };
  return {
    get: {
      operationId: `list${entity}${csv ? "Csv" : ""}`,
      summary: csv
        ? `Published ${name} as CSV (RFC 4180, UTF-8, header row)`
        : `Published ${name}, in one language`,
      parameters,
      responses: {
        "200": { description: "One page of published items.", headers: etag, content },
        "304": {
          description: "Not modified: If-None-Match names this representation, or is `*`.",
          headers: etag,
        },
        "400": problem("Invalid query parameters, or one given more than once."),
        "429": problem("Too many requests from this client; retry after the given delay.", {
          "Retry-After": { description: "Seconds to wait.", schema: { type: "integer", minimum: 1 } },
        }),
      },
    },
  };
}

/** The OpenAPI 3.1 document of the open-data API, generated from its zod schemas. */
export function openApiDocument() {
  const parameters = [
    ...queryParameters(),
    {
      name: "If-None-Match",
      in: "header",
      required: false,
      description: "An ETag from an earlier answer, or `*`: answered 304 when it matches.",
      schema: { type: "string" },
    },
  ];
  const paths: Record<string, unknown> = {};
  for (const name of resourceNames) {
    paths[`/api/v1/${name}`] = operation(name, false, parameters);
    paths[`/api/v1/${name}.csv`] = operation(name, true, parameters);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Digital Belgium open data",
      version: "1.0.0",
      description:
        "Belgium's digital agencies, their initiatives and the Digital Wallonia 2019–2024 strategy, in Dutch, French, German and English. Only published content.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: siteUrl() }],
    paths,
    components: { schemas: componentSchemas() },
  };
}
