import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import type { Config } from "../../config.js";

/**
 * OpenAPI 3.1 generated from the routes' zod schemas, served at /api/openapi.json, with an
 * interactive reference at /api/docs (served from the package, nothing fetched remotely).
 */
export const openapiPlugin = fp(
  async (app: FastifyInstance, { config, version }: { config: Config; version: string }) => {
    await app.register(swagger, {
      openapi: {
        openapi: "3.1.0",
        info: {
          title: "Satchel API",
          version,
          description:
            "The Satchel e-wallet, payments and support API. Errors are RFC 9457 problem documents " +
            "(application/problem+json) with a stable `code`; send `Accept-Language: zh-CN` for Chinese text. " +
            "Every response carries an `x-request-id` header to quote to support.",
        },
        servers: [{ url: config.publicUrl }],
        components: {
          securitySchemes: {
            bearerAuth: { type: "http", scheme: "bearer" },
          },
        },
        tags: [
          { name: "Platform", description: "Health, readiness and the error catalogue" },
          { name: "Development", description: "Development-only tools; absent in production" },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });

    await app.register(swaggerUi, {
      routePrefix: "/api/docs",
      // The app-wide policy (security-plugin) already fits the bundled UI: its scripts are
      // files, and it needs inline styles, which that policy allows.
      uiConfig: { deepLinking: true, docExpansion: "list" },
    });

    app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  },
  { name: "satchel-openapi" },
);
