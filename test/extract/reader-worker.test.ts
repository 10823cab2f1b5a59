import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { extractArticle, NotAnArticle } from "../../src/extract/article.js";

// The worker runs compiled code: `npm run build` first (as for the other tests that use dist/).
const compiled = join(import.meta.dirname, "..", "..", "dist", "extract", "reader.js");

const page = (body: string) => ({
  text: `<!doctype html><html><head><meta property="og:site_name" content="The Made-Up Gazette"></head><body><nav><a href="/">Home</a></nav><article><h1>A council vote</h1>${body}</article><footer>© Gazette</footer></body></html>`,
  contentType: "text/html",
  finalUrl: "https://gazette.example/council?utm_source=x",
});

it.skipIf(!existsSync(compiled))(
  "reads on a worker thread the same article as this thread, and says the same when there is none",
  async () => {
    const { workerReader } = (await import(
      compiled
    )) as typeof import("../../src/extract/reader.js");
    const read = workerReader();
    if (!read) throw new Error("the compiled worker is missing");
    const article = page(
      Array.from(
        { length: 5 },
        (_, i) =>
          `<p>Paragraph ${i + 1}: the council voted on the budget after a long debate about roads, parks and the library, and members said more meetings would follow.</p>`,
      ).join(""),
    );
    expect(await read(article)).toEqual(extractArticle(article));
    const stub = page("<p>Subscribe to read.</p>");
    const error = await read(stub).catch((e: unknown) => e);
    expect((error as Error).message).toBe(new NotAnArticle().message);
    expect((error as Error).name).toBe("NotAnArticle");
  },
);
