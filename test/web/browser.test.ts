import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataset } from "../helpers/fixtures.js";
import { type Harness, startHarness } from "../helpers/harness.js";

/** Debian's Chromium, never a downloaded browser. Required in CI; optional on a laptop. */
const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const required = process.env.CI === "true";
const available = existsSync(CHROMIUM);
if (!available && !required) {
  console.log(
    `Browser test skipped: no ${CHROMIUM}. Run it with: apt-get install chromium && npx vitest run test/web/browser.test.ts`,
  );
}
const suite = available || required ? describe : describe.skip;

/**
 * Screenshots of the walk, to look at: $VOTERDATA_SCREENSHOTS/*.png. Without it they go to the
 * run's temporary directory, which the run removes when it ends.
 */
const SCREENSHOTS = process.env.VOTERDATA_SCREENSHOTS ?? join(tmpdir(), "voterdata-browser");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page. Evaluated through the browser's debugging protocol, which the
 * page's Content-Security-Policy does not govern, so the policy stays strict for the page.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = (await page.evaluate(
    "axe.run(document).then((r) => r.violations)",
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

suite("in a real browser", () => {
  let h: Harness;
  let base: string;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    h = await startHarness();
    base = h.url.replace(/\/slack\/events$/, "");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  async function open(javaScript = true): Promise<Page> {
    const context = await browser.newContext({
      javaScriptEnabled: javaScript,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    // A Content-Security-Policy violation or a script error shows up here.
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    return page;
  }

  it("filters the tracker to 'refuses' at once, with script", async () => {
    const page = await open();
    await page.goto(`${base}/`);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.locator("table.tracker tbody tr:visible").count()).toBe(51);
    await page.selectOption("#stance", "refuses");
    const rows = page.locator("table.tracker tbody tr:visible");
    const shown = await Promise.all(
      (await rows.all()).map(async (r) => (await r.getAttribute("data-stances")) ?? ""),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(51);
    for (const stances of shown) expect(stances.split(" ")).toContain("refuses");
    await expect.poll(() => page.locator("#count").textContent()).toContain(`of 51`);
    expect(new URL(page.url()).searchParams.get("stance")).toBe("refuses");
    await page.screenshot({ path: join(SCREENSHOTS, "tracker-refuses.png"), fullPage: false });

    // Open the first state shown: its card says it refuses, or that sources disagree.
    await rows.first().locator("th a").click();
    await page.waitForURL(/\/states\/[A-Z]{2}$/);
    expect(await page.locator("h1").textContent()).toMatch(/: (refuses|sources disagree)/);
    await page.context().close();
  });

  it("walks from a search to the highlighted sentence, without script", async () => {
    const page = await open(false);
    await page.goto(`${base}/`);
    // Filter with the form alone.
    await page.selectOption("#stance", "refuses");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/stance=refuses/);
    const rows = page.locator("table.tracker tbody tr:visible");
    expect(await rows.count()).toBeLessThan(51);

    // Keyboard: the first Tab reaches the skip link.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Skip to content");

    // Search with a typo, as on deadline.
    await page.getByLabel("Look up a state or official").fill("Pensylvania");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/states\/PA$/);
    expect(await page.locator("h1").textContent()).toContain("Pennsylvania");

    // Follow the first claim's link and land on its sentence.
    const claim = dataset.claims.find((c) => c.state === "PA");
    expect(claim).toBeDefined();
    await page.getByRole("link", { name: "Read it in the source" }).first().click();
    await page.waitForURL(/\/sources\/[^#]+#PA-1$/);
    const target = page.locator("mark:target");
    expect(await target.getAttribute("id")).toBe("PA-1");
    const words = (claim?.evidence ?? "").replace(/\s+/g, " ").slice(0, 30);
    expect((await target.textContent())?.replace(/\s+/g, " ")).toContain(words);
    expect(await target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    // Marked out from the article's other highlighted sentences.
    const background = (selector: string) =>
      page.evaluate(
        `getComputedStyle(document.querySelector(${JSON.stringify(selector)})).backgroundColor`,
      );
    expect(await background("mark:target")).not.toBe(
      await background("mark.evidence:not(:target)"),
    );
    expect(await background("mark:target")).not.toBe("rgba(0, 0, 0, 0)");
    await page.screenshot({ path: join(SCREENSHOTS, "source-target.png") });
    await page.context().close();
  });

  it("passes axe on every kind of page, without a script error or a policy violation", async () => {
    const page = await open();
    const source = dataset.claims.find((c) => c.state === "PA")?.source.id;
    const paths = ["/states/PA", "/states/MO", "/people/alex-padilla", `/sources/${source}#PA-1`];
    // The answers to reporters' questions: who said it, a choice of speakers, a role no one
    // holds, a list the data cannot give.
    const questions = [
      "who said jump in the gulf",
      "who said waste of money",
      "Kentucky governor",
      "which states banned TikTok",
    ].map((q) => `/search?q=${encodeURIComponent(q)}`);
    for (const path of [
      ...paths,
      ...questions,
      "/changes",
      "/search?q=Dakota",
      "/search?q=pizza",
      "/nope",
    ]) {
      await page.goto(`${base}${path}`);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    expect(problems.filter((p) => !p.includes("404"))).toEqual([]);
    await page.context().close();
  });

  it("downloads a CSV that opens as the rows the JSON has", async () => {
    const page = await open();
    const csv = await (await page.request.get(`${base}/export.csv`)).text();
    const json = (await (await page.request.get(`${base}/export.json`)).json()) as {
      rows: Record<string, unknown>[];
    };
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(json.rows.length);
    expect(rows).toEqual(
      json.rows.map((r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [
            k,
            v === null ? "" : Array.isArray(v) ? v.join("; ") : String(v),
          ]),
        ),
      ),
    );
    await page.context().close();
  });
});
