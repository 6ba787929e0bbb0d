// Signing in as a person would, for the end-to-end scripts: the password, then — for staff,
// who must use two-factor authentication — the texted code, read from the dev mailbox.

/** The texts in the dev mailbox, newest first. */
async function texts(page, base) {
  const answer = await page.request.get(`${base}/api/v1/dev/messages?limit=50`);
  return (await answer.json()).data.filter((m) => m.channel === "sms");
}

/** The 6-digit code of the first text that was not in the mailbox before (`seen` ids), polling. */
async function textedCode(page, base, seen) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const text = (await texts(page, base)).find((m) => !seen.has(m.id));
    const code = text && /\b(\d{6})\b/.exec(text.text)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("no sign-in code arrived in the dev mailbox");
}

/**
 * Signs in; a second factor is answered with `options.totp()` (a code from the authenticator)
 * when given, otherwise with a texted code from the dev mailbox.
 */
export async function signIn(page, base, login, password, options = {}) {
  await page.goto(`${base}/login`);
  await page.getByTestId("login-id").fill(login);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  const signedIn = page
    .waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 15_000 })
    .then(() => "in")
    .catch(() => "timeout");
  const asked = page
    .getByTestId("mfa-code")
    .waitFor({ timeout: 15_000 })
    .then(() => "mfa")
    .catch(() => "timeout");
  const first = await Promise.race([signedIn, asked]);
  if (first === "in") return;
  if (first === "timeout") throw new Error(`signing in as ${login} neither finished nor asked for a code`);
  if (options.totp) {
    await page.getByTestId("mfa-code").fill(await options.totp());
  } else {
    // Only a text sent for this sign-in: an earlier code (already used) may still be the newest.
    const seen = new Set((await texts(page, base)).map((m) => m.id));
    await page.getByTestId("mfa-send-sms").click();
    await page.getByTestId("mfa-code").fill(await textedCode(page, base, seen));
  }
  await page.getByTestId("mfa-submit").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 15_000 });
}
