import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { defineConfig } from "tsup";

const metafile = "dist/metafile-esm.json";

/** The package a bare import specifier names: "drizzle-orm/pglite" → "drizzle-orm". */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/**
 * Every package the bundle leaves external must be a dependency of @heard/server,
 * or node cannot find it from dist/main.js (pnpm links only direct dependencies).
 */
function checkExternalsResolve(): void {
  const meta = JSON.parse(readFileSync(metafile, "utf8")) as {
    outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
  };
  const builtins = new Set(builtinModules);
  const missing = new Set<string>();
  for (const output of Object.values(meta.outputs)) {
    for (const imported of output.imports) {
      if (!imported.external || imported.path.startsWith("node:") || builtins.has(imported.path)) continue;
      const name = packageOf(imported.path);
      if (!existsSync(path.join("node_modules", name, "package.json"))) missing.add(name);
    }
  }
  if (missing.size > 0) {
    throw new Error(
      `the server bundle imports ${[...missing].join(", ")}, not dependencies of @heard/server: add them to apps/server/package.json (same version range as the package that uses them) and run pnpm install`,
    );
  }
}

export default defineConfig({
  entry: { main: "src/main.ts", cli: "src/cli.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: true,
  sourcemap: true,
  splitting: false,
  metafile: true,
  // One file loads faster than hundreds of modules (start-up budget: 2 s). Only packages with
  // native binaries, WebAssembly beside them or optional native drivers stay external, and
  // pdfkit, which reads data files beside its code and loads only when a letter's PDF is made
  // (its fonts, from @fontsource, are read from node_modules too).
  external: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "pino", "pdfkit"],
  noExternal: [/^(?!@electric-sql\/pglite|@node-rs\/argon2|pg$|pino$|pdfkit$)/],
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
  banner: {
    js: 'import { createRequire as __heardCreateRequire } from "node:module"; const require = __heardCreateRequire(import.meta.url);',
  },
  removeNodeProtocol: false,
  async onSuccess() {
    checkExternalsResolve();
    rmSync(metafile, { force: true });
    cpSync("../../packages/db/migrations", "dist/migrations", { recursive: true });
  },
});
