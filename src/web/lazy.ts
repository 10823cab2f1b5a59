import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Library } from "../library/library.js";
import type { SiteOptions, Sites } from "./sites.js";

/**
 * The web pages for the app's servers, with their code (router, views, HTML renderer, exports)
 * loaded on the first page asked for: start-up and Slack's requests never wait for it. The pages
 * are built from the library then, and again after `forget` (an editor published).
 */
export class LazyWeb {
  private sites: Sites | null = null;
  private loading: Promise<RequestListener> | null = null;

  constructor(
    private readonly library: () => Library,
    private readonly options: () => SiteOptions = () => ({}),
    private readonly warn: (message: string) => void = () => {},
  ) {}

  /** A request listener for Bolt's receiver (every request it does not handle itself). */
  readonly handler = (req: IncomingMessage, res: ServerResponse): void => {
    this.listener().then(
      (listener) => listener(req, res),
      (error: Error) => {
        // Readers get a plain line; the reason (which may name files) goes to the log.
        this.warn(`Web pages could not load: ${error.message}`);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end("The pages could not load; try again in a moment.\n");
      },
    );
  };

  /** Drops the built pages; the next page asked for builds them from the library anew. */
  forget(): void {
    this.sites = null;
  }

  private listener(): Promise<RequestListener> {
    this.loading ??= (async () => {
      const [{ webHandler }, { buildSites }] = await Promise.all([
        import("./router.js"),
        import("./sites.js"),
      ]);
      return webHandler(() => {
        this.sites ??= buildSites(this.library(), this.options());
        return this.sites;
      });
    })();
    // A failed load is not kept: the next page asked for tries again.
    this.loading.catch(() => {
      this.loading = null;
    });
    return this.loading;
  }
}
