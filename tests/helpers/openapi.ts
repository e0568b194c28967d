// The OpenAPI document compiled whole by ajv: a response is checked against the schema the
// document gives for it, found by JSON pointer from the document's root, so every reference in
// the document must resolve as any OpenAPI tool resolves it.
import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";

type Operation = { responses: Record<string, { content?: Record<string, unknown> }> };

export function compileDocument(document: { paths: Record<string, Record<string, Operation>> }) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, "openapi.json");
  const escape = (part: string) => part.replaceAll("~", "~0").replaceAll("/", "~1");
  return {
    /** The statuses the document gives for GET `path`. */
    statuses: (path: string) => Object.keys(document.paths[path]?.get?.responses ?? {}),
    /** The errors of `body` against GET `path`'s answer with this status and media type; [] when valid. */
    errors(path: string, status: number, type: string, body: unknown): string[] {
      const pointer = ["paths", path, "get", "responses", String(status), "content", type, "schema"];
      const validate = ajv.getSchema(`openapi.json#/${pointer.map(escape).join("/")}`);
      if (!validate) return [`no schema for GET ${path} ${status} ${type}`];
      return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    },
  };
}
