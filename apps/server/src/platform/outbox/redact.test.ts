import { describe, expect, it } from "vitest";
import { maskAddress, redactError } from "./redact.js";

describe("a delivery error as an operator sees it", () => {
  it("keeps what happened: the server's answer, the host and port, the status code", () => {
    for (const error of [
      "connect ECONNREFUSED 127.0.0.1:25",
      "Mailbox busy, try again later",
      "SMS gateway answered 503",
      "Invalid login: 535 5.7.8 Basic authentication failed",
      "getaddrinfo ENOTFOUND smtp.example.test at 2026-11-26T10:00:00.000Z",
    ])
      expect(redactError(error)).toBe(error);
  });

  it("never shows a connection URL's password", () => {
    const shown = redactError(
      "could not connect to smtp://mailer:Sup3r-Secret@smtp.example.test:587/?pool=true",
    );
    expect(shown).not.toContain("Sup3r-Secret");
    expect(shown).not.toContain("mailer");
    expect(shown).toBe("could not connect to smtp://***@smtp.example.test:587/?pool=[redacted]");
  });

  it("never shows a link's token, in the query, the fragment or the path", () => {
    const shown = redactError(
      "rejected body with http://127.0.0.1:8080/reset-password?token=SECRET-RESET-TOKEN&lang=en, " +
        "https://satchel.test/verify#code=123456 and https://satchel.test/confirm/3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c.",
    );
    expect(shown).not.toMatch(/SECRET-RESET-TOKEN|123456|3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c/);
    expect(shown).toContain("http://127.0.0.1:8080/reset-password?token=[redacted]&lang=[redacted],");
    expect(shown).toContain("https://satchel.test/confirm/[redacted].");
  });

  it("never shows a credential written out: bearer and basic schemes, JWTs, key=value secrets", () => {
    const shown = redactError(
      "gateway said: Authorization: Bearer sms-gateway-token-42 invalid; Basic dXNlcjpwYXNz refused; " +
        'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl; password=hunter2 api_key: k-9x; {"client_secret":"cs-77"}',
    );
    for (const secret of ["sms-gateway-token-42", "dXNlcjpwYXNz", "eyJhbGci", "hunter2", "k-9x", "cs-77"])
      expect(shown).not.toContain(secret);
    expect(shown).toContain("Bearer [redacted]");
    expect(shown).toContain("password=[redacted]");
  });

  it("masks addresses and phone numbers", () => {
    const shown = redactError(
      "550 5.1.1 <alice.liu@example.com>: Recipient address rejected; SMS to +86 138 0013 8000 and 13900139000 failed",
    );
    expect(shown).toBe(
      "550 5.1.1 <a***@example.com>: Recipient address rejected; SMS to +86*******8000 and *******9000 failed",
    );
  });

  it("redacts a redacted text to itself", () => {
    const once = redactError(
      "smtp://u:p@h.test/x?token=abc Bearer abcdef12 bob@example.com +8613800138000 password=x",
    );
    expect(redactError(once)).toBe(once);
  });

  it("masks a recipient as the dead-letter summary shows it", () => {
    expect(maskAddress("liu@example.com")).toBe("l***@example.com");
    expect(maskAddress("+8613800138000")).toBe("+86*******8000");
    expect(maskAddress("123")).toBe("***");
  });
});
