import type { AlertService } from "../alerts/service.js";
import type { ChangeLog } from "../changes/log.js";
import type { DigestService } from "../digest/service.js";
import type { IntakeService } from "../intake/service.js";
import type { LibraryHolder } from "../library/library.js";
import type { SlackMessage } from "../render/blocks.js";
import type { CardOptions } from "../render/cards.js";
import type { Store } from "../store/store.js";
import type { ReplyCache } from "./reply-cache.js";
import type { HandledEvents } from "./seen-events.js";
import type { Workspaces } from "./workspaces.js";

/** What the listeners need; built once at start-up and shared by every request. */
export interface AppDeps {
  /** Every story's data and index; replaced whole when an editor publishes. */
  library: LibraryHolder;
  /** The slash command's name as registered in manifest.yml. */
  command: string;
  /** Event ids already answered by any instance, so Slack's retries are not answered twice. */
  seenEvents: HandledEvents;
  store: Store;
  digest: DigestService;
  /** Each workspace's Web API client; forgets a workspace that uninstalled the app. */
  workspaces: Workspaces;
  /** Digest time zone when the subscriber's Slack time zone is unknown (DIGEST_TZ). */
  defaultTimeZone: string;
  clock: () => Date;
  /** Rendered replies by query. */
  replies: ReplyCache<SlackMessage>;
  /** Links from cards to their sources on the web pages (PUBLIC_URL); none when unset. */
  cardOptions?: CardOptions;
  /** Editors' intake: articles added, reviewed and published from Slack. */
  intake: IntakeService;
  /** Where drafts are posted for review (REVIEW_CHANNEL); null: the editor's DM. */
  reviewChannel: string | null;
  /** Alerts on publish, posted once per publish to every channel that turned them on. */
  alerts: AlertService;
  /** Each story's publishes and retractions with what they changed. */
  changeLog: ChangeLog;
}
