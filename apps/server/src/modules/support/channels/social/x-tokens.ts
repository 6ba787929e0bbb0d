import type { Platform } from "../../../../platform/platform.js";
import type { SupportDeps } from "../../deps.js";
import { settingsFrom } from "../admin/channel-settings.js";
import {
  ensureChannelRow,
  openSealedSecret,
  type Sealer,
  secretExpiryKey,
  secretFromEnvironment,
} from "../settings.js";
import { ProviderError, postForm } from "./provider-http.js";

/**
 * X's OAuth 2.0 user-context access token lives two hours. It is kept sealed in the x row of
 * support_channel_settings with its expiry beside it (secrets.accessTokenExpiresAt, written
 * in the same update), and refreshed as X documents it: POST {X_API_URL}/2/oauth2/token with
 * grant_type=refresh_token, the refresh token and the client id (a confidential client
 * authenticates with HTTP Basic client_id:client_secret). X answers with a new access token,
 * its lifetime and a NEW refresh token: the old one is spent, so the new pair is stored in one
 * update before anything else happens.
 *
 * Several nodes may find the token stale at once: the refresh runs with the x row locked
 * (select … for update), so only one of them spends the refresh token; the others, once they
 * get the row, find a newer token there and use it.
 */

/** A token that expires sooner than this is refreshed before it is used. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

const ACCESS = "accessToken";
const REFRESH = "refreshToken";
const EXPIRES_AT = secretExpiryKey(ACCESS);

interface XAccessToken {
  value: string;
  /** Known only for a token Satchel got by refreshing; a pasted one is used until X refuses it. */
  expiresAt: Date | undefined;
}

/** The x row's secrets as stored, and its settings. */
interface XRow {
  secrets: Record<string, string>;
  settings: Record<string, unknown>;
}

function secretOf(platform: Platform, sealer: Sealer, row: XRow | undefined, name: string) {
  return openSealedSecret(sealer, row?.secrets, name) ?? secretFromEnvironment(platform, "x", name);
}

function accessTokenOf(platform: Platform, sealer: Sealer, row: XRow | undefined): XAccessToken | undefined {
  const stored = openSealedSecret(sealer, row?.secrets, ACCESS);
  if (stored) {
    const expiry = row?.secrets[EXPIRES_AT];
    const expiresAt = expiry ? new Date(expiry) : undefined;
    return {
      value: stored,
      expiresAt: expiresAt && !Number.isNaN(expiresAt.getTime()) ? expiresAt : undefined,
    };
  }
  const env = secretFromEnvironment(platform, "x", ACCESS);
  return env ? { value: env, expiresAt: undefined } : undefined;
}

const expiringSoon = (token: XAccessToken, now: Date) =>
  token.expiresAt !== undefined && token.expiresAt.getTime() - now.getTime() <= REFRESH_MARGIN_MS;

/** What X's token endpoint answered, checked. */
function grantFrom(json: unknown): { access: string; refresh: string; expiresIn: number } {
  const answer = (json ?? {}) as Record<string, unknown>;
  const { access_token: access, refresh_token: refresh, expires_in: expiresIn } = answer;
  if (typeof access !== "string" || access === "" || typeof refresh !== "string" || refresh === "")
    throw new ProviderError("X", undefined, "X's token answer has no access_token or refresh_token");
  return {
    access,
    refresh,
    // X says 7200; a missing or odd value is taken as the documented two hours.
    expiresIn: typeof expiresIn === "number" && expiresIn > 0 ? expiresIn : 7200,
  };
}

/** A refusal from the token endpoint in words an admin can act on. */
function refreshFailed(error: unknown): Error {
  const said = error instanceof Error ? error.message : String(error);
  const refused = error instanceof ProviderError && error.status !== undefined && error.status < 500;
  return new Error(
    refused
      ? `X refused to refresh the access token (${said}). Authorise the app again and set the new refresh ` +
          "token on the channels admin page"
      : `X access token could not be refreshed: ${said}`,
  );
}

export function createXTokens(deps: SupportDeps) {
  const { platform } = deps;
  const sealer: Sealer = deps.customers;

  /** Spends the refresh token for a new pair, stores it sealed (with the row held), returns the access token. */
  async function refreshLocked(stale: string | undefined): Promise<string> {
    const now = platform.clock.now();
    await ensureChannelRow(platform.db, "x", now);
    return platform.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom("support_channel_settings")
        .select(["secrets", "settings"])
        .where("channel", "=", "x")
        .forUpdate()
        .executeTakeFirstOrThrow();
      const current = accessTokenOf(platform, sealer, row);
      // Another node (or another send here) refreshed while this one waited for the row.
      if (current && current.value !== stale && !expiringSoon(current, platform.clock.now()))
        return current.value;

      const refreshToken = secretOf(platform, sealer, row, REFRESH);
      if (!refreshToken)
        throw new Error(
          "X has no usable access token (expired, refused or not set) and no refresh token is set (X " +
            "refreshToken on the channels admin page)",
        );
      const clientId = settingsFrom("x", row.settings).clientId ?? platform.config.channels.xClientId;
      if (!clientId)
        throw new Error(
          "X access token needs refreshing, but the OAuth 2.0 clientId is not set (channels admin page)",
        );
      const clientSecret = secretOf(platform, sealer, row, "clientSecret");

      const issuedAt = platform.clock.now();
      let grant: ReturnType<typeof grantFrom>;
      try {
        const answer = await postForm(
          "X",
          `${platform.config.channels.xApiUrl}/2/oauth2/token`,
          { grant_type: "refresh_token", refresh_token: refreshToken, client_id: clientId },
          clientSecret
            ? { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}` }
            : {},
        );
        grant = grantFrom(answer);
      } catch (error) {
        throw refreshFailed(error);
      }
      // The old refresh token is spent from here on: the new one is stored before anything else.
      const secrets = {
        ...row.secrets,
        [ACCESS]: sealer.seal(grant.access),
        [REFRESH]: sealer.seal(grant.refresh),
        [EXPIRES_AT]: new Date(issuedAt.getTime() + grant.expiresIn * 1000).toISOString(),
      };
      await trx
        .updateTable("support_channel_settings")
        .set({ secrets: JSON.stringify(secrets) })
        .where("channel", "=", "x")
        .execute();
      platform.log.info({ channel: "x", expiresIn: grant.expiresIn }, "X access token refreshed");
      return grant.access;
    });
  }

  return {
    /** The access token to call X with: refreshed first when it expires within REFRESH_MARGIN_MS. */
    async current(): Promise<string> {
      const row = await platform.db
        .selectFrom("support_channel_settings")
        .select(["secrets", "settings"])
        .where("channel", "=", "x")
        .executeTakeFirst();
      const token = accessTokenOf(platform, sealer, row);
      const now = platform.clock.now();
      if (token && !expiringSoon(token, now)) return token.value;
      try {
        return await refreshLocked(token?.value);
      } catch (error) {
        // A token with minutes left still works: this call goes with it, and the next one
        // tries again (once it has run out, the refresh's error is the call's error).
        if (!token?.expiresAt || token.expiresAt <= now) throw error;
        platform.log.warn({ err: error, channel: "x" }, "X access token could not be refreshed yet");
        return token.value;
      }
    },

    /** After X refused `refused` (401): a newer token, refreshed unless another caller already did. */
    refresh: (refused: string) => refreshLocked(refused),
  };
}

export type XTokens = ReturnType<typeof createXTokens>;
