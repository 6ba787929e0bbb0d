import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import { DomainError } from "../../../../platform/errors/domain-error.js";
import type { SupportDeps } from "../../deps.js";
import { supportDomain } from "./compose.js";
import { MAX_EMAIL_BYTES } from "./parse.js";
import { receiveEmail } from "./receive.js";

/**
 * The inbound SMTP listener (smtp-server) on SMTP_INBOUND_PORT: an MTA in front of Satchel (or
 * a developer's mail client) hands it mail for the support domain, and each mail goes the
 * same way as one posted to POST /api/v1/channels/email/inbound. It speaks plain SMTP without
 * authentication or STARTTLS: it is meant for localhost or a private network behind an MTA
 * that terminates TLS and filters spam (docs/channels/email-inbound.md). Recipients outside
 * the support domain are refused, the size limit is announced (SIZE) and enforced, and no
 * message content is ever logged.
 */

export interface EmailListener {
  /** The port it listens on (the one the OS chose when asked for port 0). */
  port: number;
  close(): Promise<void>;
}

/** Seconds an idle client keeps its connection, and waited for open ones on close. */
const SOCKET_TIMEOUT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 5_000;
const MAX_CLIENTS = 100;

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

const addressOf = (value: { address: string } | false) => (value ? value.address : null);

/** Reads the DATA stream, keeping no more than the limit in memory. */
function readMessage(stream: SMTPServerDataStream): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_EMAIL_BYTES) chunks.push(chunk);
    });
    stream.on("error", reject);
    stream.on("end", () =>
      resolve(stream.sizeExceeded || size > MAX_EMAIL_BYTES ? undefined : Buffer.concat(chunks)),
    );
  });
}

async function deliver(deps: SupportDeps, stream: SMTPServerDataStream, session: SMTPServerSession) {
  const raw = await readMessage(stream);
  if (!raw) throw smtpError(552, "5.3.4 Message too big for this system");
  try {
    const receipt = await receiveEmail(deps, raw, {
      mailFrom: addressOf(session.envelope.mailFrom) || null,
      rcptTo: session.envelope.rcptTo.map((r) => r.address),
    });
    deps.platform.log.info(
      {
        ticketId: receipt.ticketId,
        created: receipt.created,
        duplicate: receipt.duplicate,
        ignored: receipt.ignored,
      },
      "inbound email received over SMTP",
    );
  } catch (error) {
    if (error instanceof DomainError && error.code === "inbound_email_invalid")
      throw smtpError(554, "5.6.0 Message not readable: it needs a From address");
    deps.platform.log.error({ err: error }, "inbound email could not be stored");
    // Temporary: the sending MTA keeps the mail and tries again.
    throw smtpError(451, "4.3.0 Temporary failure, try again later");
  }
}

/** Starts a listener on `port` (0 = any free port) and `host`; resolves once it is listening. */
export async function listenForEmail(
  deps: SupportDeps,
  options: { port: number; host: string },
): Promise<EmailListener> {
  const domain = supportDomain(deps).toLowerCase();
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: MAX_EMAIL_BYTES,
    maxClients: MAX_CLIENTS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    closeTimeout: CLOSE_TIMEOUT_MS,
    logger: false,
    banner: "Satchel support inbound mail",
    onRcptTo(address, _session, callback) {
      const at = address.address.lastIndexOf("@");
      if (at < 1 || address.address.slice(at + 1).toLowerCase() !== domain)
        return callback(smtpError(550, "5.1.1 No such recipient here"));
      deps.channels.enabled("email").then(
        (enabled) =>
          callback(enabled ? null : smtpError(451, "4.3.2 Support by email is turned off at the moment")),
        () => callback(smtpError(451, "4.3.0 Temporary failure, try again later")),
      );
    },
    onData(stream, session, callback) {
      deliver(deps, stream, session).then(
        () => callback(null),
        (error: Error) => callback(error),
      );
    },
  });
  server.on("error", (error) => deps.platform.log.warn({ err: error }, "inbound SMTP listener error"));
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const running = new WeakMap<SupportDeps, EmailListener>();

/**
 * Starts the listener on config.channels.smtpInboundPort/Host; none when the port is not set.
 * A port it cannot have (another process holds it, a second node on the same host) is logged
 * as an error and the server runs on: the web app, and inbound mail over HTTP, still work.
 */
export async function startEmailListener(deps: SupportDeps): Promise<void> {
  const { smtpInboundPort, smtpInboundHost } = deps.platform.config.channels;
  if (smtpInboundPort === undefined || running.has(deps)) return;
  try {
    const listener = await listenForEmail(deps, { port: smtpInboundPort, host: smtpInboundHost });
    running.set(deps, listener);
    deps.platform.log.info({ port: listener.port, host: smtpInboundHost }, "inbound SMTP listener started");
  } catch (error) {
    deps.platform.log.error(
      { err: error, port: smtpInboundPort, host: smtpInboundHost },
      "inbound SMTP listener could not start",
    );
  }
}

export async function stopEmailListener(deps: SupportDeps): Promise<void> {
  const listener = running.get(deps);
  running.delete(deps);
  await listener?.close();
}
