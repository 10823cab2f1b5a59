import { chooseStory } from "../library/ask.js";
import type { StoryData } from "../library/library.js";
import { storySummaries } from "../library/summaries.js";
import type { SlackMessage } from "../render/blocks.js";
import { storyCounts } from "../render/format.js";
import type { ChannelRef } from "../store/store.js";
import type { AppDeps } from "./deps.js";
import { channelStory, noteMessage } from "./replies.js";

/** A story named by its id or one of its words ("doj", "2017"); undefined when none fits. */
export function storyNamed(deps: AppDeps, word: string): StoryData | undefined {
  const choice = chooseStory(deps.library.current(), word);
  return choice.named && choice.query === "" ? choice.data : undefined;
}

/** The channel's story for an answer: the one named in the command, else the channel's. */
export async function storyFor(
  deps: AppDeps,
  where: ChannelRef,
  word: string | null,
): Promise<{ story: StoryData } | { unknown: string }> {
  if (word) {
    const named = storyNamed(deps, word);
    return named ? { story: named } : { unknown: word };
  }
  const library = deps.library.current();
  const id = await channelStory(deps, where.team, where.channel);
  return { story: (id && library.byId.get(id)) || library.defaultStory };
}

export function unknownStoryMessage(deps: AppDeps, word: string): SlackMessage {
  return noteMessage(
    `No story “${word.slice(0, 100)}”. ${deps.command} stories lists them: ${storyNames(deps)}.`,
  );
}

function storyNames(deps: AppDeps): string {
  return deps.library
    .current()
    .stories.map((s) => `${s.story.id} (“${s.hint}”)`)
    .join(", ");
}

/** `/voterdata story [name | default]`: what this channel follows, or set it. */
export async function setChannelStory(
  deps: AppDeps,
  where: ChannelRef,
  word: string | null,
): Promise<SlackMessage> {
  const library = deps.library.current();
  if (!word) {
    const id = await channelStory(deps, where.team, where.channel);
    const current = (id && library.byId.get(id)) || library.defaultStory;
    const how = id ? "set for this channel" : "the default";
    return noteMessage(
      `This channel follows ${current.story.title} (${how}). ${deps.command} story <name> changes it; ${deps.command} stories lists them.`,
    );
  }
  if (/^(default|none|clear|reset)$/i.test(word)) {
    await deps.store.setChannelStory(where, null);
    return noteMessage(
      `This channel follows the default story again: ${library.defaultStory.story.title}.`,
    );
  }
  const named = storyNamed(deps, word);
  if (!named) return unknownStoryMessage(deps, word);
  await deps.store.setChannelStory(where, named.story.id);
  const other = library.stories.find((s) => s !== named);
  const hint = other
    ? ` Name another in a question to ask about it: ${deps.command} ${other.hint} Ohio.`
    : "";
  return noteMessage(
    `This channel now follows ${named.story.title}: ${deps.command} Ohio, the digest and the map answer from it.${hint}`,
  );
}

/** `/voterdata stories`: every story, with how much each holds. */
export async function listStories(deps: AppDeps, where: ChannelRef): Promise<SlackMessage> {
  const id = await channelStory(deps, where.team, where.channel);
  const lines = storySummaries(deps.library.current()).map((s) => {
    const marks = [s.id === id ? "this channel's" : null, s.isDefault ? "default" : null].filter(
      Boolean,
    );
    return (
      `• ${s.title} [${s.id}]${marks.length ? ` (${marks.join(", ")})` : ""}: ` +
      `${storyCounts(s)}. ` +
      `Ask: ${deps.command} ${s.hint} Ohio`
    );
  });
  return noteMessage(`Stories VoterData tracks:\n${lines.join("\n")}`);
}
