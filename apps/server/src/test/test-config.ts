import { z } from "zod";
import type { Config } from "../config.js";
import { channelEnvShape, channelSettings } from "../config-channels.js";
import { paymentEnvShape, paymentSettings } from "../config-payments.js";
import { statusEnvShape, statusSettings } from "../config-status.js";
import { walletEnvShape, walletSettings } from "../config-wallets.js";

/** A complete configuration for tests; nothing is read from the environment. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    env: "test",
    isProduction: false,
    port: 0,
    host: "127.0.0.1",
    publicUrl: "http://127.0.0.1:8080",
    databaseUrl: undefined,
    dataDir: "memory://",
    redisUrl: undefined,
    smtpUrl: undefined,
    mailFrom: "Satchel <no-reply@satchel.test>",
    smsGatewayUrl: undefined,
    smsGatewayToken: undefined,
    logLevel: "silent",
    secret: "test-secret-test-secret-test-secret-0123",
    role: "all",
    corsOrigins: [],
    trustProxy: false,
    bodyLimit: 1024 * 1024,
    rateLimitPerMinute: 10_000,
    devTools: true,
    security: {
      lockoutThreshold: 5,
      lockoutMinutes: 15,
      hardLockAfter: 3,
      ipFailureLimit: 1000,
      ipWindowMinutes: 15,
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      apiTokenIdleDays: 7,
      apiTokenAbsoluteDays: 30,
      // Off so tests can use staff without enrolling 2FA; staff-mfa.test.ts turns it on.
      staffRequireMfa: false,
    },
    supportEmail: "support@satchel.test",
    metricsToken: undefined,
    wallets: walletSettings(z.object(walletEnvShape).parse({})),
    payments: paymentSettings(z.object(paymentEnvShape).parse({})),
    channels: {
      ...channelSettings(
        {
          ...z.object(channelEnvShape).parse({}),
          NODE_ENV: "test",
          SUPPORT_EMAIL_ADDRESS: "support@satchel.test",
        },
        "satchel.test",
      ),
      messengerVerifyToken: "test-messenger-verify-token",
      messengerAppSecret: "test-messenger-app-secret",
      messengerPageToken: "test-messenger-page-token",
      xConsumerSecret: "test-x-consumer-secret",
      xAccessToken: "test-x-access-token",
      xRefreshToken: "test-x-refresh-token",
      xClientId: "test-x-client-id",
      xClientSecret: "test-x-client-secret",
      inboundEmailToken: "test-inbound-email-token-0123",
      voiceWebhookSecret: "test-voice-webhook-secret-0123",
    },
    status: statusSettings(z.object(statusEnvShape).parse({})),
    ...overrides,
  };
}
