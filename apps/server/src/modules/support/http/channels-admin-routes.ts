import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { rotateSecret, setSecret } from "../channels/admin/secrets.js";
import { updateChannel } from "../channels/admin/update.js";
import { channelViews } from "../channels/admin/view.js";
import type { SupportDeps } from "../deps.js";
import {
  channelParams,
  channelPatchBody,
  channelView,
  secretParams,
  secretValueBody,
} from "./channels-admin-schemas.js";
import { security, staffActor, adminTags as tags } from "./settings-schemas.js";

/**
 * Support channels: the channels admin page (admins only): each channel on or off, its
 * settings, its secrets (rotated or set here, sealed, shown as hints only), its health, and
 * the addresses to give the provider. Changes are audited (channel.updated,
 * channel.secret_rotated, channel.secret_set) without the secret values.
 */
export const channelsAdminRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/admin/support/channels",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary:
          "Admin: every support channel with its settings, secrets (hints only), health and provider URLs",
        response: { 200: z.object({ data: z.array(channelView) }) },
      },
    },
    async () => ({ data: await channelViews(deps) }),
  );

  app.patch(
    "/api/v1/admin/support/channels/:channel",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: turn a channel on or off, change its settings",
        description:
          "Audited as channel.updated with what changed. 400 validation_failed names a setting the channel does not " +
          "have or a value that does not fit.",
        params: channelParams,
        body: channelPatchBody,
        response: { 200: channelView },
      },
    },
    async (request) =>
      updateChannel(deps, await staffActor(deps, request), request.params.channel, request.body),
  );

  app.post(
    "/api/v1/admin/support/channels/:channel/secrets/:name/rotate",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: generate a new value for a secret Satchel issues, shown once",
        description:
          "For email.inboundToken, messenger.verifyToken and phone.voiceSecret. The old value stops working at once " +
          "on every node; paste the new one at the provider. The value is in this answer only: it is stored sealed " +
          "and never shown again (the audit entry channel.secret_rotated keeps its last four characters). " +
          "422 channel_secret_issued_by_provider for a provider's secret (set it instead); 404 channel_secret_not_found.",
        params: secretParams,
        response: {
          200: z.object({
            name: z.string(),
            value: z.string().describe("The new secret; copy it now"),
            hint: z.string(),
          }),
        },
      },
    },
    async (request, reply) => {
      const { channel, name } = request.params;
      const rotated = await rotateSecret(deps, await staffActor(deps, request), channel, name);
      void reply.header("cache-control", "no-store");
      return { name, ...rotated };
    },
  );

  app.put(
    "/api/v1/admin/support/channels/:channel/secrets/:name",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: set a secret the provider issued (Messenger app secret and page token, X secrets)",
        description:
          "Stored sealed; in force at once on every node. Audited as channel.secret_set with the last four " +
          "characters only. 422 channel_secret_generated_here for a secret Satchel issues (rotate it instead).",
        params: secretParams,
        body: secretValueBody,
        response: { 200: z.object({ name: z.string(), hint: z.string() }) },
      },
    },
    async (request) => {
      const { channel, name } = request.params;
      const set = await setSecret(deps, await staffActor(deps, request), channel, name, request.body.value);
      return { name, ...set };
    },
  );
};
