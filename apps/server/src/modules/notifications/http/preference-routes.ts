import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { authOf } from "../../accounts/index.js";
import type { NotificationsDeps } from "../deps.js";
import { getPreferences, updatePreferences } from "../settings.js";
import { preferencesBody, preferencesSchema, security, tags } from "./schemas.js";

/** The signed-in user's notification preferences per kind and channel. */
export const preferenceRoutes: FastifyPluginAsyncZod<{ deps: NotificationsDeps }> = async (app, { deps }) => {
  app.addHook("onRequest", app.requireUser);

  app.get(
    "/api/v1/me/notification-preferences",
    {
      schema: {
        tags,
        security,
        summary:
          "The caller's notification switches per kind (deposits, withdrawals, transfers, security, support, maintenance) and channel",
        description:
          "Defaults: in_app on for every kind; email on for every kind but maintenance; sms off. Security " +
          "notices are locked on in the app and by email. Maintenance by email is a subscription to the " +
          "status page's emails (every component); maintenance is never texted (its sms is always off).",
        response: { 200: preferencesSchema },
      },
    },
    async (request) => getPreferences(deps, authOf(request).userId),
  );

  app.put(
    "/api/v1/me/notification-preferences",
    {
      schema: {
        tags,
        security,
        summary: "Turn notification channels on or off; answers the switches as they now are",
        description:
          "All changes apply or none. 422 notification_locked: turning security notices off in the app or " +
          "by email. 409 notification_phone_required: turning texts on without a verified phone. 409 " +
          "notification_email_unverified: turning maintenance emails on before the email address is confirmed. " +
          "400 validation_failed (not_offered): turning maintenance texts on.",
        body: preferencesBody,
        response: { 200: preferencesSchema },
      },
    },
    async (request) => updatePreferences(deps, authOf(request).userId, request.body.changes),
  );
};
