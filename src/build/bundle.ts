import { readFile, rm } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

/**
 * `npm run build`'s second step, after tsc: `npm start`'s server as one ES module, dist/server/main.js
 * (plus a file per part loaded on first use: web pages, intake editing, the drafter, the map,
 * PostgreSQL). Loading ~200 small modules was a third of start-up. Bolt and the other CommonJS or
 * native packages stay in node_modules, loaded as a bare Bolt app loads them; workers and the
 * CLI keep running the modules tsc wrote beside it.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SRC = join(ROOT, "src");
const DIST = join(ROOT, "dist");
const OUT = join(DIST, "server");

/** ES-module packages the server loads at start, bundled; every other package stays external. */
const BUNDLED = new Set(["zod", "fuse.js", "minisearch", "stemmer", "croner"]);

const packageName = (specifier: string) =>
  specifier.split("/", specifier.startsWith("@") ? 2 : 1).join("/");

const externalPackages: Plugin = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      BUNDLED.has(packageName(path)) ? undefined : { path, external: true },
    );
  },
};

/**
 * Each module's `import.meta.url` stays the URL of its own compiled file in dist/ (not the
 * bundle's), so the workers, data/, assets and fonts it finds beside itself are still found.
 */
const ownUrls: Plugin = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, "utf8");
      if (!path.startsWith(SRC) || !source.includes("import.meta.url")) return undefined;
      const compiled = join(DIST, relative(SRC, path)).replace(/\.ts$/, ".js");
      const own = `new URL(${JSON.stringify(relative(OUT, compiled))}, import.meta.url).href`;
      return {
        contents: source.replaceAll("import.meta.url", own),
        loader: "ts",
        resolveDir: dirname(path),
      };
    });
  },
};

// Chunk names carry a hash: clear the last build's.
await rm(OUT, { recursive: true, force: true });
await build({
  entryPoints: { main: join(SRC, "slack", "main.ts") },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  plugins: [externalPackages, ownUrls],
});
