import { createHmac } from "node:crypto";

/** Slack's v0 request signature: HMAC-SHA256 of `v0:<timestamp>:<body>`, hex, prefixed v0=. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignedPost {
  status: number;
  body: string;
}

/** Posts a body to the app the way Slack does, signed with `secret` at `timestamp`. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType: string,
  options: { timestamp?: number; signature?: string } = {},
): Promise<SignedPost> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": options.signature ?? sign(secret, timestamp, body),
    },
    body,
  });
  return { status: response.status, body: await response.text() };
}

export const FORM = "application/x-www-form-urlencoded";
export const JSON_TYPE = "application/json";

export function commandBody(fields: Record<string, string>): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: "T1",
    team_domain: "newsroom",
    channel_id: "C1",
    channel_name: "politics",
    user_id: "U1",
    user_name: "reporter",
    command: "/voterdata",
    text: "",
    api_app_id: "A1",
    trigger_id: "1.2.3",
    ...fields,
  }).toString();
}
