import type { types, ViewStateValue } from "@slack/bolt";
import type { Block } from "../render/blocks.js";
import type { StoryChoice } from "../render/review.js";

/**
 * A modal, loosely typed like the project's blocks (tests check the shapes); `asView` hands it to
 * the Web API client, whose types are stricter than the JSON Slack accepts.
 */
export type Modal = Record<string, unknown>;
export const asView = (modal: Modal) => modal as unknown as types.ModalView;

/** Callback ids of the editors' modals. */
export const INTAKE_VIEW = {
  add: "intake_add",
  retract: "intake_retract_reason",
  story: "intake_story_new",
} as const;

/** The story select's first option: the drafter proposes one from the text. */
export const PROPOSE = "propose";

const plain = (text: string) => ({ type: "plain_text", text, emoji: false });

function input(
  blockId: string,
  label: string,
  element: Record<string, unknown>,
  options: { optional?: boolean; hint?: string } = {},
): Block {
  return {
    type: "input",
    block_id: blockId,
    label: plain(label),
    optional: options.optional ?? false,
    element: { action_id: "value", ...element },
    ...(options.hint ? { hint: plain(options.hint) } : {}),
  };
}

/** `/voterdata add`: the article as a .txt file, pasted text or its link, and what the editor knows. */
export function addArticleModal(stories: readonly StoryChoice[]): Modal {
  const propose = { text: plain("Let VoterData propose"), value: PROPOSE };
  return {
    type: "modal",
    callback_id: INTAKE_VIEW.add,
    title: plain("Add an article"),
    submit: plain("Draft it"),
    close: plain("Cancel"),
    blocks: [
      input(
        "file",
        "The article as a .txt file",
        { type: "file_input", filetypes: ["txt"], max_files: 1 },
        { optional: true, hint: "Plain UTF-8 text, up to 1 MB, unchanged from the outlet." },
      ),
      input(
        "text",
        "…or paste it here",
        { type: "plain_text_input", multiline: true, max_length: 3000 },
        {
          optional: true,
          hint: "Slack holds 3,000 characters here; longer articles come as a file, or as links (one per line) VoterData reads.",
        },
      ),
      input("outlet", "Outlet", { type: "plain_text_input", max_length: 200 }, { optional: true }),
      input(
        "url",
        "URL",
        { type: "url_text_input" },
        { optional: true, hint: "Given alone, VoterData reads the article from this page." },
      ),
      input("date", "Publication date", { type: "datepicker" }, { optional: true }),
      input(
        "story",
        "Story",
        {
          type: "static_select",
          options: [
            propose,
            ...stories
              .slice(0, 99)
              .map((s) => ({ text: plain(s.title.slice(0, 75)), value: s.id })),
          ],
          initial_option: propose,
        },
        { hint: "Start a new story with /voterdata story new." },
      ),
    ],
  };
}

/** The reason for a retraction, asked for before anything changes. */
export function retractModal(sourceId: string, state: string): Modal {
  return {
    type: "modal",
    callback_id: INTAKE_VIEW.retract,
    private_metadata: JSON.stringify({ sourceId, state }),
    title: plain("Retract a claim"),
    submit: plain("Retract"),
    close: plain("Cancel"),
    blocks: [
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `Retract the *${state}* claim of ${sourceId}? Answers drop it at once; the history and the next digest keep the correction.`,
        },
      },
      input("reason", "Reason (readers see it in the digest)", {
        type: "plain_text_input",
        multiline: true,
        max_length: 500,
      }),
    ],
  };
}

/** `/voterdata story new`: a story editors can publish articles under. */
export function storyModal(): Modal {
  return {
    type: "modal",
    callback_id: INTAKE_VIEW.story,
    title: plain("New story"),
    submit: plain("Create"),
    close: plain("Cancel"),
    blocks: [
      input("title", "Title", { type: "plain_text_input", max_length: 120 }),
      input("requester", "Who asked the states", { type: "plain_text_input", max_length: 200 }),
      input("requested", "When the request was made", {
        type: "plain_text_input",
        max_length: 10,
        placeholder: plain("YYYY-MM-DD or YYYY-MM"),
      }),
      input("description", "The request, in the newsroom's words", {
        type: "plain_text_input",
        multiline: true,
        max_length: 2000,
      }),
    ],
  };
}

type ViewValues = Record<string, Record<string, ViewStateValue>>;

/** A modal's submitted values by block id: text, the selected option's value, a date, files. */
export function viewValue(values: ViewValues, block: string): unknown {
  const field = values[block]?.value as (ViewStateValue & { files?: unknown[] }) | undefined;
  if (!field) return undefined;
  if (field.files) return field.files;
  if (field.type === "datepicker") return field.selected_date ?? undefined;
  if (field.type === "static_select") return field.selected_option?.value ?? undefined;
  return field.value ?? undefined;
}
