import type { App } from "@slack/bolt";
import { escapeRegExp } from "../../domain/names.js";

/** The listener kinds routed by id: Bolt's constraint is a string or a RegExp on that id. */
const KINDS = {
  action: (args: RouteArgs) => args.action?.action_id,
  view: (args: RouteArgs) => args.view?.callback_id,
  shortcut: (args: RouteArgs) => args.shortcut?.callback_id,
  event: (args: RouteArgs) => args.event?.type,
} as const;

type Kind = keyof typeof KINDS;
type Constraint = string | RegExp;
type Handler = (args: never) => unknown;
interface RouteArgs {
  action?: { action_id?: string };
  view?: { callback_id?: string };
  shortcut?: { callback_id?: string };
  event?: { type?: string };
}

/**
 * Bolt runs every request past every listener's matchers, so each `app.action` costs every slash
 * command a little. Listener files register as usual on the App this returns; `mount` then gives
 * Bolt one listener per kind, which finds the handlers by id (exact ids from a Map).
 */
export function routedListeners(app: App): { app: App; mount(): void } {
  const routes = new Map<Kind, { constraint: Constraint; handler: Handler }[]>();
  const routed = new Proxy(app, {
    get(target, property, receiver) {
      if (typeof property === "string" && property in KINDS) {
        return (constraint: Constraint, ...handlers: Handler[]) => {
          // Listener middleware (more than one handler) is left to Bolt.
          if (
            handlers.length !== 1 ||
            !(typeof constraint === "string" || constraint instanceof RegExp)
          )
            return (target[property as Kind] as (...a: unknown[]) => void)(constraint, ...handlers);
          const list = routes.get(property as Kind) ?? [];
          list.push({ constraint, handler: handlers[0] as Handler });
          routes.set(property as Kind, list);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return {
    app: routed,
    mount() {
      for (const [kind, list] of routes) {
        const exact = new Map<string, Handler[]>();
        const patterns: [RegExp, Handler][] = [];
        for (const { constraint, handler } of list) {
          if (typeof constraint === "string")
            exact.set(constraint, [...(exact.get(constraint) ?? []), handler]);
          else patterns.push([constraint, handler]);
        }
        // Bolt still matches only these ids, so anything else is "unhandled" as before.
        const any = new RegExp(
          list
            .map(({ constraint }) =>
              typeof constraint === "string"
                ? `^${escapeRegExp(constraint)}$`
                : `(?:${constraint.source})`,
            )
            .join("|"),
        );
        const idOf = KINDS[kind];
        (app[kind] as (c: RegExp, h: (args: RouteArgs) => unknown) => void)(any, async (args) => {
          const id = idOf(args) ?? "";
          // Every handler whose constraint fits, as Bolt would run every matching listener.
          const handlers = [
            ...(exact.get(id) ?? []),
            ...patterns.filter(([re]) => re.test(id)).map(([, handler]) => handler),
          ] as ((a: RouteArgs) => unknown)[];
          await Promise.all(handlers.map((handler) => handler(args)));
        });
      }
    },
  };
}
