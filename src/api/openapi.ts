// /api/openapi.json: an OpenAPI 3.1 document made from the route list and its zod schemas
// (zod 4's toJSONSchema), so that what is documented is what is validated.
import { z } from "zod";
import { errorBody } from "./schemas.js";
import type { ApiRoute } from "./routes.js";

type Json = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: "input" | "output" = "input"): Json => {
  const s = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }) as Json;
  delete s.$schema;
  return s;
};

/** Fastify's "/api/actors/:id" → OpenAPI's "/api/actors/{id}". */
export const openApiPath = (path: string): string => path.replace(/:(\w+)/g, "{$1}");

export function openApiDocument(routes: ApiRoute[], version: string): Json {
  const paths: Record<string, Record<string, Json>> = {};
  const errorRef = { $ref: "#/components/schemas/Error" };
  const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: errorRef } } });
  for (const r of routes) {
    const parameters: Json[] = [];
    for (const [where, schema] of [
      ["path", r.params],
      ["query", r.query],
    ] as const) {
      if (!schema) continue;
      const s = jsonSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
      for (const [name, prop] of Object.entries(s.properties ?? {})) {
        const { description, ...rest } = prop as Json;
        parameters.push({ name, in: where, required: where === "path" || (s.required ?? []).includes(name) && !("default" in rest), description, schema: rest });
      }
    }
    const op: Json = {
      summary: r.summary,
      operationId: `${r.method.toLowerCase()}${openApiPath(r.path).replace(/^\/api/, "").replace(/[{}]/g, "").replace(/(^|\/)(\w)/g, (_m, _s, c: string) => c.toUpperCase())}`,
      parameters,
      responses: {
        "200": r.download
          ? { description: `a file to download (${r.download.filename})`, content: { [r.download.type.split(";")[0]]: { schema: { type: "string" } } } }
          : r.contentType
            ? { description: "OK", content: { [r.contentType.split(";")[0]]: { schema: { type: "string" } } } }
          : { description: "OK", content: { "application/json": { schema: r.response ? jsonSchema(r.response, "output") : { type: "object" } } } },
        "400": errorResponse("the input is invalid"),
        ...(r.params ? { "404": errorResponse("not found") } : {}),
        ...(r.write ? { "401": errorResponse("a token is needed") } : {}),
        "500": errorResponse("internal error"),
        "503": errorResponse("the query took too long"),
      },
    };
    if (r.body) op.requestBody = { required: true, content: { "application/json": { schema: jsonSchema(r.body) } } };
    if (r.write) op.security = [{ bearer: [] }, {}];
    (paths[openApiPath(r.path)] ??= {})[r.method.toLowerCase()] = op;
  }
  paths["/api/openapi.json"] = { get: { summary: "This document", operationId: "getOpenapi", responses: { "200": { description: "OpenAPI 3.1" } } } };
  return {
    openapi: "3.1.0",
    info: { title: "dyad", version, description: "Political event data from news: actors, PLOVER/CAMEO events, attributed quotes." },
    paths,
    components: {
      schemas: { Error: jsonSchema(errorBody) },
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "needed for writes when the server has a token" } },
    },
  };
}
