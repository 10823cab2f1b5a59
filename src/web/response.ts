/** A web response, built without any server: the router returns these, a server writes them. */
export interface WebResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * On every response: scripts and styles only from this origin (no inline script), no framing,
 * no content-type guessing, nothing sent to other sites.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export function respond(
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): WebResponse {
  return { status, headers: { "Content-Type": contentType, ...headers }, body };
}

export const HTML = "text/html; charset=utf-8";

export function htmlResponse(status: number, body: string): WebResponse {
  // The data is fixed while the app runs, but a restart may bring new articles.
  return respond(status, HTML, body, { "Cache-Control": "no-cache" });
}

export function redirect(location: string): WebResponse {
  return respond(303, "text/plain; charset=utf-8", `See ${location}\n`, { Location: location });
}
