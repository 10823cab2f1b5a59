/** A stand-in for Slack used by the tests and by `npm run bench`; never by the running app. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One call that reached the fake: a Web API method or a response_url post. */
export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  at: number;
  /** The token the call was made with (Authorization header), if any. */
  token: string | null;
  /** What the fake answered (a posted message's ts). */
  reply?: Record<string, unknown>;
}

/** What oauth.v2.access answers: the workspace an install goes to and its bot token. */
export interface FakeInstall {
  teamId: string;
  teamName: string;
  botToken: string;
  /** Set for an Enterprise Grid org-wide install: the organisation, and no team. */
  enterpriseId?: string;
}

type Reply = { status?: number; body?: Record<string, unknown>; headers?: Record<string, string> };

/**
 * A small stand-in for Slack's Web API on 127.0.0.1: records every call, answers the methods
 * the app uses, serves response_url at /respond/<id>, and fails a call on request.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  private readonly counts = new Map<string, number>();
  /** Keep every call's body (tests); the benchmark only counts, so memory stays flat. */
  record = true;
  private readonly failures = new Map<string, Reply[]>();
  private readonly waiters: (() => void)[] = [];
  private server: Server | null = null;
  private tsCounter = 1;
  url = "";
  /** users.info answers with this time zone. */
  userTimeZone = "America/Chicago";
  /** oauth.v2.access answers with this installation (after checking the code). */
  install: FakeInstall = { teamId: "T2", teamName: "Second Paper", botToken: "xoxb-T2-installed" };
  /** The teams auth.test reports, by token; unknown tokens are T1's. */
  readonly tokenTeams = new Map<string, string>();
  /**
   * Slack's rate limit on chat.postMessage, when set: this many messages per channel per second;
   * beyond it the call is answered 429 with Retry-After, as Slack does.
   */
  perChannelPerSecond: number | null = null;
  private readonly channelPosts = new Map<string, number[]>();
  /** Members of each user group, for usergroups.users.list. */
  readonly usergroups = new Map<string, string[]>();
  /** Files shared in Slack: files.info describes them, their url_private serves the bytes. */
  private readonly files = new Map<string, { bytes: Buffer; name: string; mimetype: string }>();
  /** Messages accepted by chat.postMessage, by channel, for conversations.history. */
  private readonly history = new Map<string, Record<string, unknown>[]>();

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      if (req.url?.startsWith("/files/")) {
        this.serveFile(req, res);
        return;
      }
      const body = await readBody(req);
      const method = (req.url ?? "").replace(/^\/api\//, "").replace(/\?.*$/, "");
      const auth = req.headers.authorization ?? "";
      const token = auth.startsWith("Bearer ") ? auth.slice(7) : null;
      this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
      const call: RecordedCall = { method, body, at: Date.now(), token };
      if (this.record) this.calls.push(call);
      const queued = this.failures.get(method)?.shift();
      const reply = queued ?? this.rateLimited(method, body) ?? this.answer(method, body, token);
      if (reply.body) call.reply = reply.body;
      for (const wake of this.waiters.splice(0)) wake();
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
      res.end(JSON.stringify(reply.body ?? { ok: true }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id = "r1"): string {
    return `${this.url}/respond/${id}`;
  }

  /** How many messages chat.postMessage accepted in each channel. */
  acceptedByChannel(): Map<string, number> {
    return new Map([...this.history].map(([channel, messages]) => [channel, messages.length]));
  }

  /** A file as Slack describes it (files.info, a message's `files`, a file_input's value). */
  addFile(
    id: string,
    bytes: Buffer,
    name = "article.txt",
    mimetype = "text/plain",
  ): Record<string, unknown> {
    this.files.set(id, { bytes, name, mimetype });
    return this.fileInfo(id) as Record<string, unknown>;
  }

  private fileInfo(id: string): Record<string, unknown> | null {
    const file = this.files.get(id);
    if (!file) return null;
    return {
      id,
      name: file.name,
      title: file.name,
      mimetype: file.mimetype,
      filetype: file.name.split(".").pop(),
      size: file.bytes.length,
      url_private: `${this.url}/files/${id}/${encodeURIComponent(file.name)}`,
    };
  }

  /** url_private: the bytes, only with a token, as Slack serves them. */
  private serveFile(req: IncomingMessage, res: ServerResponse): void {
    const id = (req.url ?? "").split("/")[2] ?? "";
    const auth = req.headers.authorization ?? "";
    const token = auth.startsWith("Bearer ") ? auth.slice(7) : null;
    this.counts.set("url_private", (this.counts.get("url_private") ?? 0) + 1);
    if (this.record)
      this.calls.push({ method: "url_private", body: { id }, at: Date.now(), token });
    const file = this.files.get(id);
    if (!file || !token) {
      res.writeHead(token ? 404 : 302, token ? {} : { location: `${this.url}/signin` });
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": file.mimetype, "content-length": file.bytes.length });
    res.end(file.bytes);
  }

  /** The next calls of `method` get these replies, in order, before normal service resumes. */
  fail(method: string, ...replies: Reply[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...replies]);
  }

  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** Waits until `method` has been called `count` times in all. */
  async waitForCount(method: string, count: number, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.count(method) < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${method}: ${this.count(method)} of ${count} calls arrived`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** A point in the call log, for `next` and `since`. */
  mark(): number {
    return this.calls.length;
  }

  /** The first call to `method` (a prefix, such as "/respond") made after `mark`. */
  next(method: string, mark: number, timeoutMs?: number): Promise<RecordedCall> {
    return this.waitFor(
      (c) => this.calls.indexOf(c) >= mark && c.method.startsWith(method),
      timeoutMs,
    );
  }

  /** Every call to `method` made after `mark`. */
  since(method: string, mark: number): RecordedCall[] {
    return this.calls.slice(mark).filter((c) => c.method.startsWith(method));
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until a call matching `predicate` has arrived (or fails after `timeoutMs`). */
  async waitFor(
    predicate: (call: RecordedCall) => boolean,
    timeoutMs = 5_000,
  ): Promise<RecordedCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no matching call; saw: ${this.calls.map((c) => c.method).join(", ")}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** A 429 when the channel has had its messages this second (perChannelPerSecond). */
  private rateLimited(method: string, body: Record<string, unknown>): Reply | null {
    if (method !== "chat.postMessage" || this.perChannelPerSecond === null) return null;
    const now = Date.now();
    const key = String(body.channel);
    const recent = (this.channelPosts.get(key) ?? []).filter((at) => now - at < 1_000);
    if (recent.length >= this.perChannelPerSecond) {
      this.channelPosts.set(key, recent);
      this.counts.set("ratelimited", (this.counts.get("ratelimited") ?? 0) + 1);
      return {
        status: 429,
        headers: { "retry-after": "1" },
        body: { ok: false, error: "ratelimited" },
      };
    }
    this.channelPosts.set(key, [...recent, now]);
    return null;
  }

  private answer(method: string, body: Record<string, unknown>, token: string | null): Reply {
    const ts = `1700000000.${String(this.tsCounter++).padStart(6, "0")}`;
    switch (method) {
      case "auth.test": {
        const team = (token && this.tokenTeams.get(token)) ?? "T1";
        return {
          body: { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: team, user: "voterdata" },
        };
      }
      case "oauth.v2.access":
        if (body.code !== "good-code") return { body: { ok: false, error: "invalid_code" } };
        this.tokenTeams.set(this.install.botToken, this.install.teamId);
        return {
          body: {
            ok: true,
            app_id: "A1",
            access_token: this.install.botToken,
            token_type: "bot",
            scope: "commands,chat:write",
            bot_user_id: "UBOT",
            ...(this.install.enterpriseId
              ? {
                  team: null,
                  enterprise: { id: this.install.enterpriseId, name: "Newspaper Group" },
                  is_enterprise_install: true,
                }
              : {
                  team: { id: this.install.teamId, name: this.install.teamName },
                  enterprise: null,
                  is_enterprise_install: false,
                }),
            authed_user: { id: "U9" },
          },
        };
      case "chat.postMessage": {
        const message = { ts, text: body.text, metadata: body.metadata };
        const channel = String(body.channel);
        this.history.set(channel, [message, ...(this.history.get(channel) ?? [])]);
        return { body: { ok: true, channel: body.channel, ts, message: { ts } } };
      }
      case "conversations.history":
        return {
          body: {
            ok: true,
            messages: this.history.get(String(body.channel)) ?? [],
            has_more: false,
          },
        };
      case "chat.postEphemeral":
        return { body: { ok: true, message_ts: ts } };
      case "users.info":
        return { body: { ok: true, user: { id: body.user, tz: this.userTimeZone } } };
      case "conversations.info":
        return {
          body: { ok: true, channel: { id: body.channel, is_member: true, is_archived: false } },
        };
      case "files.info": {
        const file = this.fileInfo(String(body.file));
        return { body: file ? { ok: true, file } : { ok: false, error: "file_not_found" } };
      }
      case "views.open":
      case "views.push":
      case "views.update":
        return { body: { ok: true, view: { id: `V${ts.slice(-6)}`, ...(body.view as object) } } };
      case "conversations.open":
        return { body: { ok: true, channel: { id: `D${String(body.users).split(",")[0]}` } } };
      case "usergroups.users.list":
        return {
          body: { ok: true, users: this.usergroups.get(String(body.usergroup)) ?? [] },
        };
      case "chat.update":
        return { body: { ok: true, channel: body.channel, ts: body.ts } };
      case "files.getUploadURLExternal":
        return { body: { ok: true, upload_url: `${this.url}/upload/F1`, file_id: "F1" } };
      case "files.completeUploadExternal":
        return { body: { ok: true, files: [{ id: "F1" }] } };
      default:
        return { body: { ok: true } };
    }
  }
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/json")) return JSON.parse(raw.toString("utf8") || "{}");
  if (type.includes("x-www-form-urlencoded")) {
    const params = Object.fromEntries(new URLSearchParams(raw.toString("utf8")));
    // The Web API client sends nested values (blocks) as JSON strings.
    for (const [k, v] of Object.entries(params)) {
      if (/^[[{]/.test(v)) {
        try {
          params[k] = JSON.parse(v);
        } catch {}
      }
    }
    return params;
  }
  return { bytes: raw.length };
}
