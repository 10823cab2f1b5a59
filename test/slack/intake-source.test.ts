import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { INTAKE_ACTION } from "../../src/render/review.js";
import type { RecordedCall } from "../../src/testkit/fake-slack.js";
import { runCli } from "../helpers/cli.js";
import { type Harness, messageText } from "../helpers/harness.js";
import {
  buttonValue,
  click,
  expectRefusedUnchanged,
  messageTs,
  openedModal,
  replyTo,
  reviewedDraft,
  submission,
} from "../helpers/intake-slack.js";

const EDITOR = "UEDITOR";
const STRANGER = "USTRANGER";
/** A made-up article: a dated byline, Ohio refusing, Kansas giving public data only. */
const ARTICLE = readFileSync(join(import.meta.dirname, "..", "intake", "articles", "repair.txt"));

const running: Harness[] = [];
afterEach(async () => {
  for (const h of running.splice(0)) await h.stop();
});

interface Modal {
  callback_id: string;
  private_metadata: string;
  blocks: {
    type: string;
    block_id?: string;
    element?: { type: string; initial_value?: string; initial_date?: string };
  }[];
}

/** The app with one editor and a draft of the article in review under the default story. */
const reviewed = () => reviewedDraft(running, ARTICLE, EDITOR);

const editSource = (draftId: string) => ({
  type: "button",
  action_id: INTAKE_ACTION.editSource,
  value: draftId,
});

const openSourceForm = (h: Harness, posted: RecordedCall, draftId: string) =>
  openedModal<Modal>(h, EDITOR, posted, editSource(draftId));

/** The form's values as Slack sends them: every field, changed or not. */
function sourceValues(fields: Record<string, string | null>) {
  const typed = (value: string | null) => ({ value: { type: "plain_text_input", value } });
  return {
    outlet: typed(fields.outlet ?? null),
    headline: typed(fields.headline ?? null),
    author: typed(fields.author ?? null),
    published: { value: { type: "datepicker", selected_date: fields.published ?? null } },
    updated: { value: { type: "datepicker", selected_date: fields.updated ?? null } },
    url: { value: { type: "url_text_input", value: fields.url ?? null } },
  };
}

/** What the form was opened with, as submitted unchanged. */
function prefilled(modal: Modal): Record<string, string | null> {
  return Object.fromEntries(
    modal.blocks
      .filter((b) => b.type === "input" && b.block_id)
      .map((b) => [
        b.block_id as string,
        b.element?.initial_value ?? b.element?.initial_date ?? null,
      ]),
  );
}

function submit(h: Harness, userId: string, modal: Modal, fields: Record<string, string | null>) {
  return h.actionResponse(
    submission(
      userId,
      "intake_source_form",
      sourceValues(fields),
      modal.private_metadata,
      modal.blocks,
    ),
  );
}

const ask = replyTo;

describe("editors correct a draft's source in Slack", () => {
  it("refuses a non-editor's Edit source and their form, changes nothing and logs both", async () => {
    const { h, posted, draftId } = await reviewed();
    let mark = h.fake.mark();
    await h.action(click(h, STRANGER, posted, editSource(draftId)));
    expect(messageText((await h.fake.next("/respond", mark)).body)).toContain(
      "Only editors can correct a draft's source",
    );
    expect(h.fake.since("views.open", mark)).toEqual([]);

    const modal = await openSourceForm(h, posted, draftId);
    mark = h.fake.mark();
    const answer = await submit(h, STRANGER, modal, {
      ...prefilled(modal),
      published: "2026-03-01",
    });
    expect(JSON.parse(answer.body)).toMatchObject({
      response_action: "errors",
      errors: { outlet: expect.stringContaining("Only editors can correct a draft's source") },
    });
    await expectRefusedUnchanged(h, draftId, mark, { user: STRANGER, action: "source", times: 2 });
  });

  it("opens with the source as drafted, and refuses a bad date or address on the form", async () => {
    const { h, posted, draftId, draft } = await reviewed();
    expect(buttonValue(posted, INTAKE_ACTION.editSource)).toBe(draftId);
    const modal = await openSourceForm(h, posted, draftId);
    const before = prefilled(modal);
    expect(before).toMatchObject({
      outlet: draft.source.outlet,
      headline: draft.source.headline,
      author: draft.source.author,
      published: draft.source.published,
    });
    expect(modal.blocks.find((b) => b.block_id === "published")?.element?.type).toBe("datepicker");

    const mark = h.fake.mark();
    const answer = await submit(h, EDITOR, modal, {
      ...before,
      published: "2017-02-30",
      url: "javascript:alert('<!channel>')",
    });
    const body = JSON.parse(answer.body) as { errors: Record<string, string> };
    expect(body.errors.published).toBeTruthy();
    expect(body.errors.url).toMatch(/http or https/);
    expect(answer.body).not.toContain("<!channel>");
    const later = await submit(h, EDITOR, modal, {
      ...before,
      published: "2026-03-05",
      updated: "2026-03-01",
    });
    expect(JSON.parse(later.body).errors.updated).toMatch(/before it was published/);
    expect(await h.runtime.deps.store.repairs(draftId)).toEqual([]);
    expect(h.fake.since("chat.update", mark)).toEqual([]);
  });

  it("shows a correction in the review and the history, and publishes it: card, source and export", async () => {
    const { h, posted, draftId, draft, database } = await reviewed();
    expect(draft.source.published).toBe("2026-03-02");
    const ohio = draft.claims.findIndex((c) => c.state === "OH");
    if (ohio < 0) throw new Error("the article drafts Ohio");
    const modal = await openSourceForm(h, posted, draftId);
    const hostile = "<!channel> Dana *Whitcomb* <@U999>";
    let mark = h.fake.mark();
    const answer = await submit(h, EDITOR, modal, {
      ...prefilled(modal),
      outlet: "Capitol Ledger",
      published: "2026-03-01",
      author: hostile,
    });
    expect(answer.body).not.toContain("errors");
    const update = await h.fake.next("chat.update", mark);
    expect(update.body.ts).toBe(messageTs(posted));
    const review = messageText(update.body);
    expect(review).toContain("Capitol Ledger · 2026-03-01 ·");
    expect(review).toContain("outlet, author, published corrected by <@UEDITOR>");
    expect(review).toContain("&lt;!channel&gt; Dana *Whitcomb* &lt;@U999&gt;");
    expect(JSON.stringify(update.body)).not.toMatch(/<!channel>|<@U999>/);

    const history = await ask(h, "history Ohio", EDITOR);
    expect(history).toContain(
      "source corrected by <@UEDITOR>: outlet not stated → “Capitol Ledger”",
    );
    expect(history).toContain("; published 2026-03-02 → 2026-03-01");
    expect(history).not.toMatch(/<!channel>|<@U999>/);

    // Approve Ohio and publish: readers see the corrected date.
    for (const action of [INTAKE_ACTION.approve, INTAKE_ACTION.publish]) {
      mark = h.fake.mark();
      const value = action === INTAKE_ACTION.publish ? draftId : `${draftId}|${ohio}`;
      await h.action(click(h, EDITOR, posted, { type: "button", action_id: action, value }));
      await h.fake.next("chat.update", mark);
    }
    const [published] = await h.runtime.deps.store.publishedSources();
    if (!published) throw new Error("published");
    expect(await ask(h, "Ohio")).toContain("As of March 1, 2026");
    const source = h.runtime.deps.library
      .current()
      .full.sources.find((s) => s.id === published.sourceId);
    expect(source).toMatchObject({
      outlet: "Capitol Ledger",
      published: "2026-03-01",
      author: hostile,
    });

    const out = mkdtempSync(join(tmpdir(), "voterdata-source-export-"));
    const { code } = await runCli(["export", "--out", out], { env: { DATABASE_PATH: database } });
    expect(code).toBe(0);
    const [exported] = parse(readFileSync(join(out, "sources.yaml"), "utf8")) as Record<
      string,
      unknown
    >[];
    expect(exported).toMatchObject({
      id: published.sourceId,
      published: "2026-03-01",
      author: hostile,
      given: expect.arrayContaining(["outlet", "published", "author"]),
    });
    expect(exported?.evidence).not.toHaveProperty("published");
    expect(exported?.notes).toContain("Corrected by an editor: outlet, author, published.");
  });
});
