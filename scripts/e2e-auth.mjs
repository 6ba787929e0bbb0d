// Signing in as a person would, for the end-to-end scripts: the password, then — for staff,
// who must use two-factor authentication — the texted code, read from the dev mailbox.

/** The newest 6-digit code texted to anyone after `since` (ISO time), polling the dev mailbox. */
async function textedCode(page, base, since) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const answer = await page.request.get(`${base}/api/v1/dev/messages?limit=20`);
    const { data } = await answer.json();
    const text = data.find((m) => m.channel === "sms" && m.createdAt >= since);
    const code = text && /\b(\d{6})\b/.exec(text.text)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("no sign-in code arrived in the dev mailbox");
}

export async function signIn(page, base, login, password) {
  await page.goto(`${base}/login`);
  await page.getByTestId("login-id").fill(login);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  const sms = page.getByTestId("mfa-send-sms");
  const signedIn = page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 15_000 });
  const asked = sms.waitFor({ timeout: 15_000 }).then(() => "mfa");
  if ((await Promise.race([signedIn.then(() => "in"), asked])) === "mfa") {
    // The server's clock, not ours: messages are stamped by it.
    const since = new Date(Date.now() - 5_000).toISOString();
    await sms.click();
    await page.getByTestId("mfa-code").fill(await textedCode(page, base, since));
    await page.getByTestId("mfa-submit").click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 15_000 });
  }
}
