// Vite's `import.meta.glob`, which Vitest understands; declared here because this package
// does not load `vite/client` types. Only the tests use it.
interface ImportMeta {
  glob<T = unknown>(pattern: string, options: { eager: true; import: "default" }): Record<string, T>;
}
