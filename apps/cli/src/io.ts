import { styleText } from "node:util";

/** Where a command writes; tests capture it, the terminal gets colour. */
export interface Io {
  env: NodeJS.ProcessEnv;
  out(line?: string): void;
  err(line?: string): void;
  color: boolean;
}

export function terminalIo(): Io {
  return {
    env: process.env,
    out: (line = "") => process.stdout.write(`${line}\n`),
    err: (line = "") => process.stderr.write(`${line}\n`),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}

type Style = "green" | "red" | "yellow" | "bold" | "dim" | "cyan";

export function paint(io: Io, style: Style, text: string): string {
  return io.color ? styleText(style, text) : text;
}

export const mark = {
  ok: (io: Io) => paint(io, "green", "✔"),
  fail: (io: Io) => paint(io, "red", "✖"),
  warn: (io: Io) => paint(io, "yellow", "!"),
};
