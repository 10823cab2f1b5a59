/** Query parameters that only say how a reader arrived: dropped, so one article has one URL. */
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|ocid|cmpid|smid|smtyp|ref_src|ref_url|share|sr_share|at_medium|at_campaign|taid|yclid|s_cid|icid|cid|ncid|ito)$/i;

/**
 * The address that names an article whichever way a reader reached it: http(s) only, lower-case
 * host, no default port, no fragment, no tracking parameters. Null when it is not such a URL.
 */
export function normaliseUrl(link: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  url.username = "";
  url.password = "";
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.test(key)) url.searchParams.delete(key);
  }
  // URL keeps a bare "?" when every parameter went.
  return url.href.replace(/\?$/, "");
}

/**
 * The article's own address: the page's `rel=canonical` (an AMP or mobile copy points to the
 * article), else its og:url or JSON-LD url, else where the fetch ended; normalised.
 */
export function canonicalUrl(candidates: readonly (string | null)[], finalUrl: string): string {
  for (const candidate of candidates) {
    const url = candidate ? normaliseUrl(candidate, finalUrl) : null;
    if (url) return url;
  }
  return normaliseUrl(finalUrl) ?? finalUrl;
}
