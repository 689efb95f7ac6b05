/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

export default defineConfig({
  base: "/",
  plugins: [solid()],
  server: {
    proxy: { "/api": "http://localhost:3000" },
  },
  test: {
    environment: "node",
    // test/: tests that run @heard/api itself (the app's own code imports it as types only).
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // test/ migrates a fresh PGlite, which a busy two-core machine can take a minute over.
    hookTimeout: 180_000,
    testTimeout: 60_000,
  },
  build: {
    outDir: "dist",
    target: "es2022",
    // Every browser we support has <link rel="modulepreload">: skip Vite's polyfill (bytes in the entry).
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // The module graph, for packages/bench to measure what each route loads (not served: the
    // server refuses hidden paths).
    manifest: true,
    // Source maps only on request (HEARD_SOURCEMAP=1), for bundle analysis.
    sourcemap: process.env.HEARD_SOURCEMAP === "1",
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // What every screen needs, in one file: Solid, the router, our shell and its API
              // client, words machinery and @heard/client (errors, forms, dates). (Otherwise Rolldown splits it by which lazy screens
              // share what: more files, more requests, more gzip overhead.)
              name: "shell",
              test: /[\\/]node_modules[\\/](solid-js|@solidjs[\\/]router)[\\/]|[\\/]apps[\\/]family[\\/]src[\\/](shell[\\/]\w+\.tsx?$|i18n|translate|session|trpc|routes[\\/]feedback[\\/](start|storage))|[\\/]packages[\\/](i18n|client)[\\/]src[\\/]|[\\/]packages[\\/]ui[\\/]src[\\/](Alert|ErrorSummary|PageHeading|SkipLink|Select|LanguagePicker|cx)\.|[\\/]packages[\\/]domain[\\/]src[\\/](auth[\\/]activation-code|meetings[\\/]feedback-code)|vite[\\/]preload-helper/,
            },
          ],
        },
      },
      treeshake: {
        // The app reads messages with src/translate.ts, not i18next; @heard/i18n still imports
        // i18next (for the server and the staff app), and i18next's module creates a default
        // instance when loaded. Unused here, it is safe to leave out: 13.7 KB gzipped.
        moduleSideEffects: (id) => (/[\\/]node_modules[\\/]i18next[\\/]/.test(id) ? false : undefined),
      },
    },
  },
});
