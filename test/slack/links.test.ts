import { describe, expect, it } from "vitest";
import { parseCommandText } from "../../src/slack/command-text.js";
import { linksOnly, sharedLinks } from "../../src/slack/links.js";

describe("links handed over in Slack", () => {
  it("reads `/voterdata add` with links, one per line, bare or in Slack's markup", () => {
    expect(
      parseCommandText(
        "add https://a.example/x?utm_source=y\n<https://b.example/y|b.example/y>\nhttps://a.example/x?utm_source=y",
      ),
    ).toEqual({
      kind: "add-links",
      links: ["https://a.example/x?utm_source=y", "https://b.example/y"],
    });
    expect(parseCommandText("add")).toEqual({ kind: "add" });
    expect(parseCommandText("add Ohio refused")).toMatchObject({ kind: "invalid" });
    expect(parseCommandText("add ftp://a.example/x")).toMatchObject({ kind: "invalid" });
    // A link is not a lookup any more.
    expect(parseCommandText("add https://a.example/x").kind).toBe("add-links");
  });

  it("takes only a text made of links as links", () => {
    expect(linksOnly("https://a.example/1  https://a.example/2")).toEqual([
      "https://a.example/1",
      "https://a.example/2",
    ]);
    expect(linksOnly("Ohio said no. https://a.example/1")).toBeNull();
    expect(linksOnly("")).toBeNull();
  });

  it("finds a shared link in a message's text or unfurl, but not in an article pasted whole", () => {
    expect(sharedLinks({ text: "Worth a look <https://a.example/story|a.example/story>" })).toEqual(
      ["https://a.example/story"],
    );
    expect(
      sharedLinks({ text: "", attachments: [{ from_url: "https://a.example/s?a=1&amp;b=2" }] }),
    ).toEqual(["https://a.example/s?a=1&b=2"]);
    const article = `${"The secretary of state said the office would not release the data. ".repeat(8)}<https://a.example/source>`;
    expect(sharedLinks({ text: article })).toBeNull();
    expect(sharedLinks({ text: "no links here" })).toBeNull();
  });
});
