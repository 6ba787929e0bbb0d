#!/usr/bin/env node
// The `satchel` command. The TypeScript sources are compiled to dist/ by `npm run build`
// (and by `npm install`, through the root package's prepare script).
import { existsSync } from "node:fs";

const entry = new URL("../dist/main.js", import.meta.url);
if (!existsSync(entry)) {
  console.error("satchel: the CLI is not built yet. Run `npm run build` in the repository first.");
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
