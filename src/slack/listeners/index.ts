import type { App } from "@slack/bolt";
import type { AppDeps } from "../deps.js";
import * as voterdataCommand from "./commands/voterdata.js";

/** Every listener registers itself here; each kind lives in its own folder. */
export function registerListeners(app: App, deps: AppDeps): void {
  voterdataCommand.register(app, deps);
}
