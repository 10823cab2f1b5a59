import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Installation } from "@slack/bolt";
import { expect, it } from "vitest";
import { openStore } from "../../src/store/open.js";
import { runCli } from "../helpers/cli.js";

const byTeam = (teamId: string) => ({
  teamId,
  enterpriseId: undefined,
  isEnterpriseInstall: false,
});
const installed = (team: string): Installation => ({
  team: { id: team },
  enterprise: undefined,
  user: { id: "U1", token: undefined, scopes: undefined },
  bot: { id: "B1", userId: "UBOT", token: `xoxb-${team}-secret`, scopes: [] },
  isEnterpriseInstall: false,
});

const cli = (args: string[], env: Record<string, string>) => runCli(args, { env });

it("voterdata rotate-key re-encrypts every installation under the new key", async () => {
  const DATABASE_PATH = join(mkdtempSync(join(tmpdir(), "voterdata-rotate-")), "voterdata.db");
  const [oldKey, newKey] = [randomBytes(32), randomBytes(32)];
  const before = await openStore({ DATABASE_PATH, tokenKeys: { current: oldKey, previous: null } });
  for (const team of ["T1", "T2", "T3"]) await before.storeInstallation(installed(team));
  await before.close();

  const env = {
    DATABASE_PATH,
    TOKEN_ENCRYPTION_KEY: newKey.toString("hex"),
    TOKEN_ENCRYPTION_KEY_PREVIOUS: oldKey.toString("base64"),
  };
  const rotated = await cli(["rotate-key"], env);
  expect(rotated.code).toBe(0);
  expect(rotated.out).toContain("3 installations: 3 re-encrypted");

  // The new key alone now opens them; the old key alone no longer starts.
  const after = await openStore({ DATABASE_PATH, tokenKeys: { current: newKey, previous: null } });
  expect((await after.fetchInstallation(byTeam("T2"))).bot?.token).toBe("xoxb-T2-secret");
  await after.close();
  await expect(
    openStore({ DATABASE_PATH, tokenKeys: { current: oldKey, previous: null } }),
  ).rejects.toThrow("TOKEN_ENCRYPTION_KEY does not fit the stored installations: 3 of 3");

  // Run without the key that sealed them, it changes nothing and names the variable.
  const wrong = await cli(["rotate-key"], { ...env, TOKEN_ENCRYPTION_KEY_PREVIOUS: "" });
  expect(wrong.code).toBe(0); // everything is already under the current key
  const lost = await cli(["rotate-key"], {
    DATABASE_PATH,
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("hex"),
  });
  expect(lost.code).toBe(1);
  expect(lost.err).toContain("TOKEN_ENCRYPTION_KEY does not fit the stored installations");
  expect((await cli(["rotate-key"], { DATABASE_PATH })).err).toContain(
    "TOKEN_ENCRYPTION_KEY is missing",
  );
});
