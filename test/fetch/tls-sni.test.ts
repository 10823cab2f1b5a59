import type { AddressInfo } from "node:net";
import { createServer } from "node:tls";
import { describe, expect, it } from "vitest";
import { AllowHosts } from "../../src/fetch/allow-hosts.js";
import { FetchRefused, safeFetch } from "../../src/fetch/safe-fetch.js";

describe("https through the checked address", () => {
  it("connects to the address it checked and still names the host in SNI", async () => {
    const names: (string | undefined)[] = [];
    const server = createServer({
      SNICallback: (servername, callback) => {
        names.push(servername);
        callback(new Error("no certificate here: the name is all this test needs"));
      },
    });
    server.on("tlsClientError", () => {});
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const error = await safeFetch(`https://secure.example.test:${port}/story`, {
        resolver: async () => [{ address: "127.0.0.1", family: 4 }],
        allowHosts: AllowHosts.parse(`secure.example.test:${port}`),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchRefused);
      expect((error as Error).message).toMatch(/^could not reach secure\.example\.test:\d+/);
      // The host name has no DNS entry: only the pinned address could have been reached.
      expect(names).toEqual(["secure.example.test"]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
