import i18n from "i18next";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import { isSessionEnded } from "../auth/session";
import { StepUpCancelledError } from "../auth/stepUp";
import en from "../i18n/en.json";
import { errorMessage, errorMessageKey, fieldErrors, problemDetail } from "./errors";

function apiError(
  code: string,
  status = 400,
  extra: Partial<ConstructorParameters<typeof ApiError>[0]> = {},
) {
  return new ApiError({ code, status, title: `Title of ${code}`, ...extra });
}

function lookup(key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en);
}

const t = i18n.getFixedT("en");

describe("errorMessageKey", () => {
  it("maps every documented accounts code to a message", () => {
    for (const code of [
      "validation_failed",
      "weak_password",
      "email_already_registered",
      "phone_already_registered",
      "rate_limited",
      "token_invalid",
      "invalid_credentials",
      "account_locked",
      "invalid_mfa_code",
      "mfa_token_invalid",
      "mfa_required",
      "step_up_required",
      "csrf_failed",
      "authentication_required",
      "network_error",
    ]) {
      const key = errorMessageKey(code);
      expect(key, code).not.toBeNull();
      expect(typeof lookup(key ?? ""), `${key} is in en.json`).toBe("string");
    }
  });

  it("uses the words of the context when they differ", () => {
    expect(errorMessageKey("invalid_credentials", "login")).toBe("errors.codes.invalid_credentials");
    expect(errorMessageKey("invalid_credentials", "reauth")).toBe("errors.codes.wrong_password");
    expect(errorMessageKey("invalid_credentials", "currentPassword")).toBe(
      "errors.codes.wrong_current_password",
    );
    expect(errorMessageKey("token_invalid", "verifyEmail")).toBe("errors.codes.verify_link_invalid");
    expect(errorMessageKey("token_invalid", "resetLink")).toBe("errors.codes.reset_link_invalid");
    expect(errorMessageKey("token_invalid", "resetSms")).toBe("errors.codes.reset_code_invalid");
    expect(errorMessageKey("token_invalid", "unlock")).toBe("errors.codes.unlock_link_invalid");
    expect(errorMessageKey("token_invalid", "phoneCode")).toBe("errors.codes.phone_code_invalid");
    expect(errorMessageKey("rate_limited", "login")).toBe("errors.codes.rate_limited_login");
    // A context without its own words for a code falls back to the general message.
    expect(errorMessageKey("account_locked", "verifyEmail")).toBe("errors.codes.account_locked");
  });

  it("has no message for codes it does not know", () => {
    expect(errorMessageKey("something_new")).toBeNull();
    expect(errorMessageKey("")).toBeNull();
  });

  it("points only at keys that exist in both catalogs' source", () => {
    const contexts = [
      "login",
      "mfa",
      "reauth",
      "currentPassword",
      "resetLink",
      "resetSms",
      "verifyEmail",
      "unlock",
      "phoneCode",
      "totpConfirm",
    ] as const;
    for (const context of contexts) {
      for (const code of ["invalid_credentials", "token_invalid", "rate_limited", "invalid_mfa_code"]) {
        const key = errorMessageKey(code, context);
        expect(typeof lookup(key ?? ""), `${context}/${code}`).toBe("string");
      }
    }
  });
});

describe("errorMessage", () => {
  it("uses our words for known codes", () => {
    expect(errorMessage(apiError("invalid_credentials", 401), t, "login")).toBe(
      en.errors.codes.invalid_credentials,
    );
  });

  it("falls back to the server's detail, then its title", () => {
    expect(errorMessage(apiError("brand_new", 409, { detail: "Detail from the server." }), t)).toBe(
      "Detail from the server.",
    );
    expect(errorMessage(apiError("brand_new", 409), t)).toBe("Title of brand_new");
  });

  it("keeps the request id of a server error", () => {
    const message = errorMessage(apiError("internal_error", 500, { detail: "Quote req_123." }), t);
    expect(message).toContain("req_123");
  });

  it("tells a maintenance or outage refusal in the server's words, with no apology for a failure", () => {
    const detail = "This service is in scheduled maintenance until 27 Nov 2026, 12:00 UTC.";
    expect(errorMessage(apiError("maintenance", 503, { detail }), t, "login")).toBe(detail);
    const outage = "This service has a major outage at the moment.";
    expect(errorMessage(apiError("provider_unavailable", 503, { detail: outage }), t)).toBe(outage);
  });

  it("names a maintenance window's end once, in the reader's time zone", () => {
    const savedTz = process.env.TZ;
    process.env.TZ = "Asia/Shanghai";
    try {
      const detail = "This service is in scheduled maintenance until 27 Nov 2026, 04:00 UTC.";
      const error = apiError("maintenance", 503, {
        detail,
        extensions: { endsAt: "2026-11-27T04:00:00.000Z" },
      });
      const message = errorMessage(error, t) ?? "";
      expect(message).toContain("Nov 27, 2026, 12:00");
      expect(message).not.toContain("UTC");
      expect(message.match(/12:00/g)).toHaveLength(1);
      expect(problemDetail(error, t)).toBe(message);
      // Without a readable end, the server's sentence stands.
      expect(problemDetail(apiError("maintenance", 503, { detail }), t)).toBe(detail);
    } finally {
      if (savedTz === undefined) delete process.env.TZ;
      else process.env.TZ = savedTz;
    }
  });

  it("says nothing for a cancelled confirmation", () => {
    expect(errorMessage(new StepUpCancelledError(), t)).toBeNull();
  });

  it("adds when to try again after a rate limit", () => {
    const message = errorMessage(apiError("rate_limited", 429, { retryAfter: 120 }), t, "login");
    expect(message).toContain(en.errors.codes.rate_limited_login);
    expect(message).toMatch(/try again at/);
  });
});

describe("fieldErrors", () => {
  it("keys validation messages by field", () => {
    const error = apiError("validation_failed", 400, {
      errors: [
        { path: "/email", message: "Invalid email" },
        { path: "/phone", message: "Bad phone" },
        { path: "/email", message: "Second email message" },
        { path: "", message: "Whole body" },
      ],
    });
    expect(fieldErrors(error)).toEqual({ email: "Invalid email", phone: "Bad phone" });
    expect(fieldErrors(apiError("weak_password", 422))).toEqual({});
  });
});

describe("isSessionEnded", () => {
  it("is true only for a lost session, not for a wrong password or code", () => {
    expect(isSessionEnded(apiError("authentication_required", 401))).toBe(true);
    expect(isSessionEnded(apiError("http_401", 401))).toBe(true);
    expect(isSessionEnded(apiError("invalid_credentials", 401))).toBe(false);
    expect(isSessionEnded(apiError("invalid_mfa_code", 401))).toBe(false);
    expect(isSessionEnded(apiError("mfa_token_invalid", 401))).toBe(false);
    expect(isSessionEnded(apiError("step_up_required", 403))).toBe(false);
    expect(isSessionEnded(new Error("x"))).toBe(false);
  });
});
