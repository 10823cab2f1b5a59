import type { DigestService } from "../digest/service.js";
import type { Store } from "../digest/store.js";
import type { LookupIndex } from "../lookup/index.js";
import type { SlackMessage } from "../render/blocks.js";
import type { CardOptions } from "../render/cards.js";
import type { ReplyCache } from "./reply-cache.js";
import type { SeenEvents } from "./seen-events.js";

/** What the listeners need; built once at start-up and shared by every request. */
export interface AppDeps {
  index: LookupIndex;
  /** The slash command's name as registered in manifest.yml. */
  command: string;
  /** Event ids already answered, so Slack's retries are not answered twice. */
  seenEvents: SeenEvents;
  store: Store;
  digest: DigestService;
  /** Digest time zone when the subscriber's Slack time zone is unknown (DIGEST_TZ). */
  defaultTimeZone: string;
  clock: () => Date;
  /** Rendered replies by query. */
  replies: ReplyCache<SlackMessage>;
  /** Links from cards to their sources on the web pages (PUBLIC_URL); none when unset. */
  cardOptions?: CardOptions;
}
