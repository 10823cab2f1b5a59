import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../src/render/blocks.js";
import { commandBody, FORM, postSigned, sign } from "../../src/testkit/signed.js";
import { blocksOf, type Harness, messageText, SECRET, startHarness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

/** Sends `/voterdata <text>` and returns the ephemeral reply posted to response_url. */
async function ask(text: string) {
  const mark = h.fake.mark();
  expect(await h.command(text)).toBe(200);
  return (await h.fake.next("/respond", mark)).body;
}

function expectWithinLimits(body: Record<string, unknown>) {
  const blocks = blocksOf(body);
  expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  expect(String(body.text).length).toBeGreaterThan(0);
  for (const b of blocks) {
    if (b.type === "section") expect(b.text?.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (b.type === "header") expect(b.text?.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    if (b.type === "context")
      expect(b.elements?.length).toBeLessThanOrEqual(LIMITS.contextElements);
  }
}

describe("/voterdata over signed HTTP", () => {
  it("answers a question about the whole table with the list, the counts and a share button", async () => {
    const reply = await ask("which states refused?");
    const text = messageText(reply);
    expect(text).toContain(
      "9 states refuse; 2 more where a source says they refuse but another disagrees",
    );
    expect(text).toContain("Disputed (2)");
    expect(text).toContain("sources disagree 3");
    const share = blocksOf(reply)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.text && typeof e.text !== "string" && e.text.text === "Share in channel");
    expect(share?.value).toContain("which%20states%20refused");
    expectWithinLimits(reply);
  });

  it("offers the near miss instead of answering with the wrong person", async () => {
    const reply = await ask("Tom Perez");
    const text = messageText(reply);
    expect(text).toContain("No match for “Tom Perez”. Did you mean Myrna Pérez?");
    expect(text).not.toContain("Deputy director");
  });

  it("answers Ohio privately with stance, quote, outlet and date", async () => {
    const reply = await ask("Ohio");
    expect(reply.response_type).toBe("ephemeral");
    const text = messageText(reply);
    expect(text).toContain("Ohio: public data only");
    expect(text).toContain("easy to vote and hard to cheat");
    expect(text).toContain("Jon Husted, Ohio Secretary of State (R)");
    expect(text).toContain("*BuzzFeed News* · June 30, 2017");
    // An update line is not passed off as the date of the reporting.
    expect(text).toContain(
      "As of June 30, 2017 (latest publication date); The Hill updated its story July 5, 2017",
    );
    expectWithinLimits(reply);
  });

  it("answers a person with their quotes and sources", async () => {
    const text = messageText(await ask("padilla"));
    expect(text).toContain("Alex Padilla");
    expect(text).toContain("*California:* refuses");
    expect(text).toContain("legitimize the false and already debunked claims");
    expect(text).toContain("The Hill, updated July 5, 2017");
  });

  it("shows both sides where sources disagree (Missouri)", async () => {
    const text = messageText(await ask("Missouri"));
    expect(text).toContain(
      "Missouri: sources disagree (complies vs. withholding in whole or in part)",
    );
    expect(text).toMatch(/complies: Courthouse News Service, June 30, 2017/);
    expect(text).toMatch(/withholding in whole or in part: The Hill, updated July 5, 2017/);
  });

  it("offers a choice for an ambiguous query", async () => {
    const reply = await ask("Dakota");
    expect(messageText(reply)).toContain("Did you mean");
    const buttons = blocksOf(reply)
      .filter((b) => b.type === "actions")
      .flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => (typeof b.text === "string" ? b.text : b.text?.text))).toEqual([
      "North Dakota",
      "South Dakota",
    ]);
  });

  it("shows usage for an empty command and for help", async () => {
    for (const text of ["", "help"]) {
      const reply = messageText(await ask(text));
      expect(reply).toContain("/voterdata Ohio");
      expect(reply).toContain("/voterdata padilla");
    }
  });

  it("says no match, echoing the query safely, and suggests lookups", async () => {
    const text = messageText(await ask("pizza"));
    expect(text).toContain("No match for “pizza”");
    expect(text).toContain("Try a state");
  });

  it("refuses a forged signature and a ten-minute-old timestamp with 401", async () => {
    const body = commandBody({ text: "Ohio", response_url: h.fake.responseUrl() });
    const forged = await postSigned(h.url, SECRET, body, FORM, {
      signature: sign("not-the-secret", Math.floor(Date.now() / 1000), body),
    });
    expect(forged.status).toBe(401);
    const old = Math.floor(Date.now() / 1000) - 600;
    expect((await postSigned(h.url, SECRET, body, FORM, { timestamp: old })).status).toBe(401);
  });

  it("answers a 10,000-character query, unicode and <!channel> without pinging anyone", async () => {
    const huge = messageText(await ask("Ohio ".repeat(2_000)));
    expect(huge).toContain("No match for");
    expect(huge.length).toBeLessThan(5_000);
    const unicode = messageText(await ask("Pérez 🗳️ — ¿qué?"));
    expect(unicode.length).toBeGreaterThan(0);
    // Mentions Slack sends as markup are dropped from the question; typed as text (which Slack
    // sends escaped) they are echoed as text.
    const hostile = await ask("<!channel> <!here> <@U123> & friends");
    const all = JSON.stringify(hostile);
    expect(all).not.toMatch(/<!channel>|<!here>|<@U123>/);
    expect(messageText(hostile)).toContain("No match for “&amp; friends”");
    const typed = await ask("&lt;!channel&gt; pizza");
    expect(JSON.stringify(typed)).not.toMatch(/<!channel>/);
    expect(messageText(typed)).toContain("&lt;!channel&gt;");
  });

  it("is still answering after all of that", async () => {
    expect(messageText(await ask("OH"))).toContain("Ohio: public data only");
  });
});
