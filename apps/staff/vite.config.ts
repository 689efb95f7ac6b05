/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

/**
 * The staff app is served by apps/server at /staff/ (see apps/server/src/static.ts);
 * in development Vite proxies the API to the server on port 3000.
 */
export default defineConfig({
  base: "/staff/",
  plugins: [solid()],
  server: {
    port: 5174,
    strictPort: true,
    proxy: {
      "/api": { target: "http://localhost:3000", changeOrigin: false },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
