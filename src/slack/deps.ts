import type { LookupIndex } from "../lookup/index.js";
import type { SeenEvents } from "./seen-events.js";

/** What the listeners need; built once at start-up and shared by every request. */
export interface AppDeps {
  index: LookupIndex;
  /** The slash command's name as registered in manifest.yml. */
  command: string;
  /** Event ids already answered, so Slack's retries are not answered twice. */
  seenEvents: SeenEvents;
}
