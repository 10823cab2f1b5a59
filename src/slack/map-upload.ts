import type { webApi } from "@slack/bolt";
import type { Dataset } from "../domain/dataset.js";
import type { StoryData } from "../library/library.js";
import { mapSummary, mapSummaryText, tileMapSvg } from "../map/tile-map.js";
import type { SlackMessage } from "../render/blocks.js";
import { noteMessage } from "./replies.js";
import { reasonIfCannotPost } from "./slack-errors.js";
import type { Requester } from "./subscriptions.js";

export const MAP_FILENAME = "voterdata-stance-map.png";

/** Uploads the stance map (files.uploadV2) to a channel, or into a thread, with its summary. */
export async function uploadMap(
  client: webApi.WebClient,
  dataset: Dataset,
  where: { channel: string; threadTs?: string },
): Promise<void> {
  // The renderer (a native module and fonts) loads on first use, not at start-up.
  const { cachedPng } = await import("../map/png.js");
  const summary = mapSummaryText(mapSummary(dataset));
  const file = {
    file: cachedPng(dataset, () => tileMapSvg(dataset)),
    filename: MAP_FILENAME,
    title: "VoterData stance map",
    alt_text: summary,
    initial_comment: summary,
  };
  await client.files.uploadV2(
    where.threadTs
      ? { ...file, channel_id: where.channel, thread_ts: where.threadTs }
      : { ...file, channel_id: where.channel },
  );
}

/** `/voterdata map`: the stance map, uploaded to the channel with a one-line summary. */
export async function mapReply(who: Requester, story: StoryData): Promise<SlackMessage> {
  const reason = await reasonIfCannotPost(() =>
    uploadMap(who.client, story.dataset, { channel: who.channel }),
  );
  return noteMessage(reason ?? "Posted the stance map to this channel.");
}
