import * as z from "zod";

/** A host exempt from the address check: any port, or only the one named. */
export interface AllowedHost {
  host: string;
  port: number | null;
}

const ENTRY = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::(\d{1,5}))?$/i;

/**
 * FETCH_ALLOW_HOSTS: `host` or `host:port`, comma-separated (`[::1]:8080` for IPv6), for tests
 * and a newsroom's own intranet CMS. Empty or unset: none.
 */
export const AllowHosts = z.preprocess(
  (v) => (typeof v === "string" ? v : ""),
  z.string().transform((value, ctx): AllowedHost[] => {
    const hosts: AllowedHost[] = [];
    for (const raw of value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)) {
      const m = ENTRY.exec(raw);
      const port = m?.[3] === undefined ? null : Number(m[3]);
      if (!m || (port !== null && (port < 1 || port > 65535))) {
        ctx.addIssue({
          code: "custom",
          message: `must list host or host:port, comma-separated (such as cms.newsroom.internal,127.0.0.1:8080); "${raw}" is neither`,
        });
        return z.NEVER;
      }
      hosts.push({ host: (m[1] ?? m[2] ?? "").toLowerCase(), port });
    }
    return hosts;
  }),
);

/** Whether a URL's host and port are on the list. */
export function isAllowedHost(list: readonly AllowedHost[], url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  return list.some((a) => a.host === host && (a.port === null || a.port === port));
}
