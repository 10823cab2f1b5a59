import {
  type AlsoTracked,
  type Answer,
  answer,
  echoedQuery,
  type Match,
  personMatch,
  type StoryRef,
} from "../answer/model.js";
import { escapeRegExp } from "../domain/names.js";
import type { Library, StoryData } from "./library.js";

/** Which story a question is about, and the question without the word that named it. */
export interface StoryChoice {
  data: StoryData;
  query: string;
  /** True when the query itself named the story ("doj Ohio"). */
  named: boolean;
}

/**
 * A story word anywhere in the query picks the story ("/voterdata doj Ohio", "Ohio 2017");
 * else the channel's story, else the library's default. Story ids count as words too.
 */
export function chooseStory(
  library: Library,
  query: string,
  channelStory: string | null = null,
): StoryChoice {
  for (const data of library.stories) {
    for (const word of data.words) {
      const found = wordPattern(word).exec(query);
      if (!found) continue;
      const at = found.index + (found[1]?.length ?? 0);
      const rest = `${query.slice(0, at)} ${query.slice(at + word.length)}`.replace(/\s+/g, " ");
      return { data, query: rest.trim(), named: true };
    }
  }
  const channel = channelStory ? library.byId.get(channelStory) : undefined;
  return { data: channel ?? library.defaultStory, query, named: false };
}

/**
 * The answer in the chosen story, with the other stories that also have what was asked for.
 * A query that only names a story ("/voterdata doj") answers with that story's tally. When the
 * story was not named and has nothing for the query but another story does (a person, an
 * outlet, a quote only the 2017 story knows), that story answers and the answer says so.
 */
export function askLibrary(
  library: Library,
  query: string,
  channelStory: string | null = null,
): Answer {
  const choice = chooseStory(library, query, channelStory);
  const asked = choice.named && choice.query === "" ? "tally" : choice.query;
  const result = answer(choice.data.index, asked);
  // (The request itself is an answer with no match.)
  const answered = (a: Answer) => a.matches.length > 0 || a.request !== undefined;
  // Another story's quote, person or state outranks this story's own sentences ("What the
  // articles say"), which outrank another story's list.
  const named = (a: Answer) => a.said.length > 0 || a.matches.some((m) => m.kind !== "list");
  const sentences = (result.sentences?.length ?? 0) > 0;
  if (!choice.named && !answered(result)) {
    for (const other of library.stories) {
      if (other === choice.data) continue;
      const elsewhere = answer(other.index, asked);
      if (!answered(elsewhere) || (sentences && !named(elsewhere))) continue;
      return { ...withLibrary(library, other, elsewhere, query), notIn: storyRef(choice.data) };
    }
  }
  const reply = withLibrary(library, choice.data, result, query);
  // "doj padilla": a story the query names keeps to its own answers; when it has nothing, the
  // reply points to the stories that have something ("Also tracked: … /voterdata 2017 padilla").
  if (choice.named && result.matches.length === 0) {
    return { ...reply, alsoTracked: pointersElsewhere(library, choice.data, asked) };
  }
  return reply;
}

/** The other stories that answer `asked`, each with the words to ask it there. */
function pointersElsewhere(library: Library, current: StoryData, asked: string): AlsoTracked[] {
  return library.stories.flatMap((other) => {
    if (other === current) return [];
    const there = answer(other.index, asked);
    if (there.matches.length === 0) return [];
    // (A name is asked by the names it found; a "who said …", a list or officials question is
    // asked again whole.)
    const byName = there.said.length === 0 && !there.officials;
    const names = byName ? there.matches.map((m) => m.name) : [asked];
    return [{ story: storyRef(other), word: other.hint, names }];
  });
}

/** An answer from one story with what the library adds: quotes and matches in other stories. */
function withLibrary(library: Library, data: StoryData, result: Answer, query: string): Answer {
  const matches = result.matches.map((m) =>
    m.kind === "person" ? { ...m, otherStories: quotesElsewhere(library, data, m.id) } : m,
  );
  return {
    ...result,
    ...echoedQuery(query),
    matches,
    alsoTracked: alsoTracked(library, data, result.matches),
  };
}

function storyRef(data: StoryData): StoryRef {
  const { id, title, labels } = data.story;
  return { id, title, labels };
}

/** A person's quotes in the other stories, story by story: one card, grouped, never mixed. */
function quotesElsewhere(library: Library, current: StoryData, id: string) {
  return library.stories
    .filter((other) => other !== current && other.dataset.people.some((p) => p.id === id))
    .map((other) => ({
      story: { id: other.story.id, title: other.story.title, labels: other.story.labels },
      quotes: personMatch(other.dataset, id).quotes,
    }))
    .filter((group) => group.quotes.length > 0);
}

/** Other stories whose sources report on the states, or quote the people, in the answer. */
export function alsoTracked(library: Library, current: StoryData, matches: Match[]): AlsoTracked[] {
  const tracked: AlsoTracked[] = [];
  for (const other of library.stories) {
    if (other === current) continue;
    const names = matches.filter((m) => has(other, m)).map((m) => m.name);
    const word = other.hint;
    if (names.length > 0) {
      const { id, title, labels } = other.story;
      tracked.push({ story: { id, title, labels }, word, names });
    }
  }
  return tracked;
}

function has(data: StoryData, match: Match): boolean {
  if (match.kind === "state") return (data.dataset.states.get(match.state)?.claims.length ?? 0) > 0;
  if (match.kind === "person") {
    return (
      data.dataset.quotes.some((q) => q.speaker.id === match.id) ||
      data.dataset.claims.some((c) => c.quote?.speaker.id === match.id)
    );
  }
  return false;
}

const patterns = new Map<string, RegExp>();

/** A story word standing on its own ("doj", not inside "dojo"), compiled once. */
function wordPattern(word: string): RegExp {
  let pattern = patterns.get(word);
  if (!pattern) {
    pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "iu");
    patterns.set(word, pattern);
  }
  return pattern;
}
