import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer/model.js";
import { escapeSlack, LIMITS, renderBlocks } from "../../src/render/blocks.js";
import { type Card, text } from "../../src/render/card.js";
import { answerCard, helpCard } from "../../src/render/cards.js";
import { foldAround } from "../../src/render/format.js";
import { renderTerminal } from "../../src/render/terminal.js";
import { dataset, index } from "../helpers/fixtures.js";

describe("Slack and terminal renderers share one card", () => {
  it("say the same things for every state", () => {
    for (const j of dataset.jurisdictions) {
      const card = answerCard(answer(index, j.usps));
      const terminal = renderTerminal(card);
      const slack = JSON.stringify(renderBlocks(card).blocks);
      for (const e of card.elements) {
        if (e.type === "header") {
          expect(terminal).toContain(e.text);
          expect(slack).toContain(e.text);
        }
      }
    }
  });

  it("keeps every state's card inside Block Kit's limits", () => {
    for (const j of dataset.jurisdictions) {
      const { blocks, text } = renderBlocks(answerCard(answer(index, j.name)));
      expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
      expect(text.length).toBeGreaterThan(0);
    }
  });
});

describe("list answers", () => {
  it("name each state's sources in brackets, and print no empty brackets for a state without any", () => {
    const card = answerCard(answer(index, "no report"));
    const terminal = renderTerminal(card);
    const slack = JSON.stringify(renderBlocks(card).blocks);
    const unreported = [...dataset.states.values()].filter((s) => s.claims.length === 0);
    expect(unreported.length).toBeGreaterThan(0);
    for (const state of unreported) {
      expect(terminal).toContain(`• ${state.jurisdiction.name}`);
      expect(terminal).not.toContain(`${state.jurisdiction.name} ()`);
    }
    expect(terminal).not.toMatch(/\(\s*\)/);
    expect(slack).not.toMatch(/\(\s*\)/);
    // A list of reported states still names the sources of each.
    const refused = renderTerminal(answerCard(answer(index, "refused")));
    expect(refused).toMatch(/• [A-Z][a-z].* \(.+\)/);
  });
});

describe("renderBlocks", () => {
  const long: Card = {
    summary: "<!channel> summary",
    elements: [
      { type: "header", text: "H".repeat(400) },
      ...Array.from({ length: 80 }, (_, i) => ({
        type: "text" as const,
        parts: [`part ${i} `.repeat(600)],
      })),
      { type: "context", items: Array.from({ length: 14 }, (_, i) => `source ${i}`) },
    ],
  };

  it("folds content past 50 blocks, keeping the closing sources line", () => {
    const { blocks } = renderBlocks(long);
    expect(blocks).toHaveLength(LIMITS.blocks);
    expect(JSON.stringify(blocks.at(-2))).toContain("left out to fit Slack");
    expect(blocks.at(-1)?.type).toBe("context");
  });

  it("truncates headers, section texts and context elements to Slack's limits", () => {
    const { blocks } = renderBlocks(long);
    const header = blocks[0] as { text: { text: string } };
    expect(header.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    const section = blocks[1] as { text: { text: string } };
    expect(section.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    const context = blocks.at(-1) as { elements: { text: string }[] };
    expect(context.elements).toHaveLength(LIMITS.contextElements);
    expect(context.elements.at(-1)?.text).toContain("source 13");
  });

  it("escapes &, < and > everywhere, including the fallback text", () => {
    expect(escapeSlack("<!here> & <@U1>")).toBe("&lt;!here&gt; &amp; &lt;@U1&gt;");
    const message = renderBlocks(long);
    expect(message.text).toBe("&lt;!channel&gt; summary");
  });

  it("marks every mrkdwn text verbatim, so a plain @channel or #channel in a quote is not parsed into a ping", () => {
    const card: Card = {
      summary: "@channel",
      elements: [
        text("Said: @channel @here #general see https://example.com"),
        { type: "context", items: ["@everyone"] },
      ],
    };
    const mrkdwn: { verbatim?: boolean }[] = [];
    JSON.stringify(renderBlocks(card).blocks, (_k, v) => {
      if (v && typeof v === "object" && v.type === "mrkdwn") mrkdwn.push(v);
      return v;
    });
    expect(mrkdwn.length).toBeGreaterThan(0);
    for (const text of mrkdwn) expect(text.verbatim).toBe(true);
  });

  it("keeps bold marks against the words", () => {
    const { blocks } = renderBlocks({
      summary: "s",
      elements: [{ type: "text", parts: [{ bold: "Ohio: " }, "x"] }],
    });
    expect(JSON.stringify(blocks)).toContain("*Ohio:* x");
  });

  it("help lists examples with the command name", () => {
    expect(renderTerminal(helpCard("/voterdata"))).toContain(
      "/voterdata Kentucky secretary of state",
    );
  });
});

describe("foldAround", () => {
  const hill =
    dataset.claims.find((c) => c.source.id.startsWith("003") && c.state === "OH")?.evidence ?? "";

  it("folds The Hill's 45-state list around the state, verbatim pieces joined by ellipses", () => {
    expect(foldAround(hill, "Ohio")).toBe(
      "The states which say they will not comply or will only partially comply by providing already public information are … Ohio …",
    );
    expect(foldAround(hill, "Wisconsin")).toMatch(
      /are … Wyoming and Wisconsin\.$|are … Wisconsin\.$/,
    );
    expect(foldAround(hill, "Virginia")).toContain("… Virginia …");
  });

  it("leaves short sentences whole", () => {
    expect(foldAround("Short sentence naming Ohio.", "Ohio")).toBe("Short sentence naming Ohio.");
  });
});
