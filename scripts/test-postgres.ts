// `npm run test:pg`: the database part of the suite on a real PostgreSQL server — the database tests
// (test/db) and the end-to-end happy path with DATABASE_URL. Uses TEST_DATABASE_URL when set (a server URL
// whose user may create databases); otherwise starts a throwaway server from the local PostgreSQL installation
// (Debian's `postgresql` package; .ci/run installs it) and stops it afterwards. Without PostgreSQL it says so and
// fails, so a missing server is never mistaken for a green run.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createDatabase, startThrowawayServer, type PgServer } from "./pg-server";

const log = (line: string) => console.log(`[test:pg] ${line}`);

function run(cmd: string, args: string[], env: Record<string, string>): number {
  log(`${cmd} ${args.join(" ")}`);
  return spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
}

const given = process.env.TEST_DATABASE_URL;
const server: PgServer | null = given ? { url: given, stop: () => undefined } : await startThrowawayServer();
if (!server) {
  log("no PostgreSQL server: set TEST_DATABASE_URL or install Debian's `postgresql` package (.ci/run does)");
  process.exit(1);
}
let status = 0;
try {
  log(`server ${server.url.replace(/:[^:@/]*@/, ":***@")}`);
  status = run("npx", ["vitest", "run", "test/db", "--outputFile.json=reports/vitest-pg.json"], {
    TEST_DATABASE_URL: server.url,
  });
  const appDb = await createDatabase(server.url, "sbw_e2e");
  const e2e = run("npx", ["playwright", "test", "e2e/full-flow.spec.ts"], {
    DATABASE_URL: appDb,
    E2E_PORT: process.env.E2E_PG_PORT ?? "3110",
    PLAYWRIGHT_JSON_OUTPUT_NAME: "reports/playwright-pg.json",
    E2E_SERVER_LOG: path.resolve("reports/e2e-server-pg.log"),
  });
  status ||= e2e;
} finally {
  server.stop();
}
process.exit(status);
