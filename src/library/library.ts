import { type Dataset, type Story, sourceDate, storyView } from "../domain/dataset.js";
import { buildIndex, type LookupIndex, warmIndex } from "../lookup/index.js";
import { normalise } from "../lookup/normalise.js";

/** One story's dataset and its lookup index: what every answer about that story comes from. */
export interface StoryData {
  story: Story;
  dataset: Dataset;
  index: LookupIndex;
  /** The words that pick this story in a query: its id and `words`, longest first, less any a
   * lookup already knows ("Texas" stays a state even if a story is called "texas"). */
  words: string[];
  /** The word a reply suggests for asking this story ("doj" in "/voterdata doj Ohio"). */
  hint: string;
}

/** Every story, each with its own index, and the one a question goes to when none is named. */
export interface Library {
  /** Every story's articles and claims together (data checks, exports of everything). */
  full: Dataset;
  stories: StoryData[];
  byId: Map<string, StoryData>;
  /** DEFAULT_STORY when set, else the story with the newest claim, else the first. */
  defaultStory: StoryData;
}

export function buildLibrary(full: Dataset, defaultStory?: string): Library {
  const built = full.stories.map((story) => {
    const dataset = storyView(full, story.id);
    return { story, dataset, index: buildIndex(dataset) };
  });
  const known = (word: string) => built.some((b) => b.index.exact.has(normalise(word)));
  const stories = built.map((b) => {
    const usable = b.story.words.filter((w) => !known(w));
    return {
      ...b,
      words: [b.story.id, ...usable].filter((w) => !known(w)).sort((x, y) => y.length - x.length),
      hint: usable[0] ?? b.story.id,
    };
  });
  const byId = new Map(stories.map((s) => [s.story.id, s]));
  const chosen = (defaultStory && byId.get(defaultStory)) || newest(stories) || stories[0];
  if (!chosen) throw new Error("the dataset holds no story");
  return { full, stories, byId, defaultStory: chosen };
}

/**
 * Builds each story's on-first-use indexes, one story per turn of the event loop so a request
 * that arrives meanwhile waits for one story at most.
 */
export function warmLibrary(library: Library): void {
  const [first, ...rest] = library.stories;
  if (!first) return;
  setImmediate(() => {
    warmIndex(first.index);
    warmLibrary({ ...library, stories: rest });
  });
}

/** The story whose newest claim is the most recent, by its source's date. */
function newest(stories: StoryData[]): StoryData | undefined {
  let best: { data: StoryData; date: string } | undefined;
  for (const data of stories) {
    for (const claim of data.dataset.claims) {
      const date = sourceDate(claim.source) ?? "";
      if (!best || date > best.date) best = { data, date };
    }
  }
  return best?.data;
}

/**
 * The library the app answers from now. Publishing replaces it whole, so a request in flight
 * keeps the library it started with and never sees half an update.
 */
export class LibraryHolder {
  private readonly listeners: ((library: Library) => void)[] = [];

  constructor(private library: Library) {}

  current(): Library {
    return this.library;
  }

  replace(library: Library): void {
    this.library = library;
    for (const listener of this.listeners) listener(library);
  }

  /** Called after every replacement (caches that depend on the data clear themselves). */
  onReplace(listener: (library: Library) => void): void {
    this.listeners.push(listener);
  }
}
