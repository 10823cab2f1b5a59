import { describe, expect, it } from "vitest";
import { STANCES } from "../../src/domain/stance.js";
import { siteLinks } from "../../src/web/links.js";
import { route } from "../../src/web/router.js";
import { createSite } from "../../src/web/site.js";
import { dataset, index } from "../helpers/fixtures.js";

const site = createSite(index);
const get = (url: string) => route(site, "GET", url);

/** The tracker's table rows, with whether each is shown and what it answers to. */
function rows(html: string) {
  return [
    ...html.matchAll(
      /<tr data-stances="([^"]*)"( hidden)?><th scope="row"><a href="([^"]+)">([^<]+)</g,
    ),
  ].map((m) => ({ stances: (m[1] ?? "").split(" "), shown: !m[2], href: m[3], name: m[4] }));
}

/** Every link to a sentence in an article: /sources/<id>#<anchor>. */
function sourceLinks(html: string) {
  return [...html.matchAll(/href="\/sources\/([^"#]+)#([^"]+)"/g)].map((m) => ({
    id: m[1] as string,
    anchor: m[2] as string,
  }));
}

describe("the tracker page", () => {
  const page = get("/");

  it("lists the 50 states and D.C., each linked to its card, with the map inline", () => {
    expect(page.status).toBe(200);
    expect(page.headers["Content-Type"]).toContain("text/html");
    const all = rows(page.body);
    expect(all).toHaveLength(51);
    expect(all.every((r) => r.shown)).toBe(true);
    for (const j of dataset.jurisdictions) {
      expect(all.some((r) => r.name === j.name && r.href === `/states/${j.usps}`)).toBe(true);
    }
    expect(page.body).toMatch(/<svg role="img" aria-label="Tile map[^"]+"/);
    expect(Buffer.byteLength(page.body)).toBeLessThan(200_000);
  });

  it("shows a disputed state as disputed with each side, never as its summary stance alone", () => {
    const disputed = [...dataset.states.values()].filter((s) => s.conflict);
    expect(disputed.length).toBeGreaterThan(0);
    for (const state of disputed) {
      const row = page.body.match(
        new RegExp(
          `<tr[^>]*><th scope="row"><a href="/states/${state.jurisdiction.usps}">.*?</tr>`,
        ),
      )?.[0];
      expect(row).toContain("Sources disagree");
      for (const side of state.sides) expect(row).toContain(`swatch-${side}`);
    }
  });

  it("filters by stance without script, keeping each side of a dispute", () => {
    for (const stance of STANCES) {
      const shown = rows(get(`/?stance=${stance}`).body).filter((r) => r.shown);
      const expected = [...dataset.states.values()].filter((s) =>
        s.conflict ? s.sides.includes(stance) : s.stance === stance,
      );
      expect(shown.map((r) => r.href).sort()).toEqual(
        expected.map((s) => `/states/${s.jurisdiction.usps}`).sort(),
      );
    }
    const disputed = rows(get("/?stance=disputed").body).filter((r) => r.shown);
    expect(disputed.length).toBe([...dataset.states.values()].filter((s) => s.conflict).length);
    expect(get("/?stance=disputed").body).toMatch(
      /<option value="disputed" selected>Sources disagree/,
    );
  });

  it("says so when asked for a stance it does not know, and shows every state", () => {
    const page = get("/?stance=%3Cb%3Emaybe");
    expect(page.body).toContain("There is no stance “&lt;b&gt;maybe”; showing every state.");
    expect(rows(page.body).filter((r) => r.shown)).toHaveLength(51);
  });

  it("sorts by state or by stance", () => {
    const byState = rows(get("/").body).map((r) => r.name);
    expect(byState).toEqual([...byState].sort((a, b) => (a ?? "").localeCompare(b ?? "", "en")));
    const byStance = rows(get("/?sort=stance").body);
    const firstCalm = byStance.findIndex((r) => !r.stances.includes("disputed"));
    expect(byStance.slice(firstCalm).some((r) => r.stances.includes("disputed"))).toBe(false);
    expect(get("/?sort=stance").body).toContain('aria-sort="ascending"><a href="/?sort=stance');
  });

  it("ends with the as-of date and every source", () => {
    expect(page.body).toMatch(
      /As of [A-Z][a-z]+ \d{1,2}, \d{4} \(latest publication date\); The Hill updated its story July 5, 2017\./,
    );
    for (const source of dataset.sources)
      expect(page.body).toContain(`href="/sources/${source.id}"`);
  });
});

describe("card pages", () => {
  it("shows a state's card with a link to each claim's and quote's sentence", () => {
    const page = get("/states/OH");
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<h1>Ohio: /);
    const claims = dataset.claims.filter((c) => c.state === "OH");
    const links = sourceLinks(page.body);
    for (const claim of claims) {
      expect(links).toContainEqual({ id: claim.source.id, anchor: claim.anchor });
    }
    expect(page.body).toContain("Read it in the source");
  });

  it("lands every link from every card on an anchor that exists on its source page", () => {
    const pages = [
      ...dataset.jurisdictions.map((j) => `/states/${j.usps}`),
      ...dataset.people.map((p) => `/people/${p.id}`),
    ];
    const sources = new Map<string, string>();
    let checked = 0;
    for (const url of pages) {
      const page = get(url);
      expect(page.status, url).toBe(200);
      for (const { id, anchor } of sourceLinks(page.body)) {
        if (!sources.has(id)) sources.set(id, get(`/sources/${id}`).body);
        expect(sources.get(id), `${url} → ${id}#${anchor}`).toContain(`<mark class="`);
        expect(sources.get(id), `${url} → ${id}#${anchor}`).toMatch(
          new RegExp(`<mark class="(evidence|quote)" id="${anchor}">`),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(dataset.claims.length);
  });

  it("links a state and its officials both ways", () => {
    const people = dataset.people.filter((p) => p.state);
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      expect(get(`/people/${person.id}`).body).toContain(`href="/states/${person.state}"`);
      expect(get(`/states/${person.state}`).body).toContain(`href="/people/${person.id}"`);
    }
  });

  it("answers unknown states and people with the friendly 404", () => {
    for (const url of ["/states/ZZ", "/people/nobody", "/sources/nothing", "/nope", "/states/"]) {
      const page = get(url);
      expect(page.status, url).toBe(404);
      expect(page.body).toContain("Page not found");
      expect(page.body).toContain('href="/"');
    }
  });
});

describe("source pages", () => {
  it("anchor every evidence sentence and quote once, linked back to its state", () => {
    for (const source of dataset.sources) {
      const page = get(`/sources/${source.id}`);
      expect(page.status).toBe(200);
      const ids = [...page.body.matchAll(/<mark class="(?:evidence|quote)" id="([^"]+)">/g)].map(
        (m) => m[1],
      );
      const expected = [
        ...dataset.claims.filter((c) => c.source === source).map((c) => c.anchor),
        ...dataset.quotes.filter((q) => q.source === source).map((q) => q.anchor),
      ];
      expect(ids.sort()).toEqual(expected.sort());
      for (const claim of dataset.claims.filter((c) => c.source === source)) {
        expect(page.body).toContain(`href="/states/${claim.state}"`);
      }
      if (source.outlet) expect(page.body).toContain(source.outlet);
    }
  });
});

describe("search", () => {
  it("goes straight to the one match, forgiving typos", () => {
    const found = get("/search?q=Pensylvania");
    expect(found.status).toBe(303);
    expect(found.headers.Location).toBe("/states/PA");
    expect(get("/search?q=padilla").headers.Location).toBe("/people/alex-padilla");
  });

  it("offers each of several matches, and says plainly when nothing matches", () => {
    const several = get("/search?q=Dakota");
    expect(several.status).toBe(200);
    expect(several.body).toContain('href="/states/ND"');
    expect(several.body).toContain('href="/states/SD"');
    const none = get("/search?q=pizza");
    expect(none.status).toBe(200);
    expect(none.body).toContain("No match for “pizza”");
  });

  it("never returns a hostile query unescaped", () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const page = get(`/search?q=${encodeURIComponent(hostile)}`);
    expect(page.body).not.toContain("<script>alert");
    expect(page.body).not.toContain("<img src=x");
    expect(page.body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page.body).toContain('value="&lt;script&gt;');
  });
});

describe("every response", () => {
  it("carries the security headers and no inline script or style", () => {
    for (const url of [
      "/",
      "/states/MO",
      "/sources/003_62136a046a92d80d",
      "/nope",
      "/export.csv",
    ]) {
      const { headers, body } = get(url);
      expect(headers["Content-Security-Policy"]).toContain("script-src 'self'");
      expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
      expect(headers["Content-Security-Policy"]).not.toContain("unsafe-inline");
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(body).not.toMatch(/<script(?![^>]*\bsrc=)/);
      expect(body).not.toMatch(/\sstyle="/);
    }
  });

  it("is read-only", () => {
    const post = route(site, "POST", "/");
    expect(post.status).toBe(405);
    expect(post.headers.Allow).toBe("GET, HEAD");
  });

  it("refuses a 10,000-character query string at once", () => {
    const response = get(`/search?q=${"a".repeat(10_000)}`);
    expect(response.status).toBe(414);
    expect(response.body).toContain("too long");
  });

  it("serves the stylesheet and the filtering script", () => {
    expect(get("/assets/tracker.css").headers["Content-Type"]).toContain("text/css");
    expect(get("/assets/tracker.js").headers["Content-Type"]).toContain("javascript");
  });
});

describe("links", () => {
  it("builds absolute links from PUBLIC_URL and root-relative ones for the pages", () => {
    const absolute = siteLinks("https://news.example.org/");
    expect(absolute.source("003_x", "OH-1")).toBe("https://news.example.org/sources/003_x#OH-1");
    expect(absolute.tracker()).toBe("https://news.example.org/");
    expect(siteLinks().state("OH")).toBe("/states/OH");
  });
});
