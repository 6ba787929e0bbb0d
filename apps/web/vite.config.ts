import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";

/** The Satchel server in development (`satchel start` listens on 8080); SATCHEL_API_URL overrides it. */
const backend = process.env.SATCHEL_API_URL ?? "http://127.0.0.1:8080";

// The Atom feed is served by the API, not the app. ws: the live chat's WebSocket (/api/v1/chat/socket) goes through the same proxy.
const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  ["/api", "/healthz", "/readyz", "/metrics", "/status/feed.atom"].map((prefix) => [
    prefix,
    { target: backend, ws: prefix === "/api" },
  ]),
);

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // Libraries in a chunk of their own: it changes less often than the app, so browsers keep it cached.
        manualChunks: (id) => (id.includes("/node_modules/") ? "vendor" : undefined),
      },
    },
  },
  server: {
    port: 5173,
    proxy,
  },
  preview: {
    port: 5173,
    proxy,
  },
});
