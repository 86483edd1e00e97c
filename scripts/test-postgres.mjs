// `npm run test:pg`: the database part of the suite on a real PostgreSQL server — the database tests
// (test/db) and the end-to-end happy path with DATABASE_URL. Uses TEST_DATABASE_URL when set (a server URL
// whose user may create databases); otherwise starts a throwaway server from the local PostgreSQL
// installation (Debian's `postgresql` package; .ci/run installs it) on 127.0.0.1 and a free port, and stops it
// afterwards. Without a PostgreSQL installation it says so and fails, so a missing server is never mistaken
// for a green run.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

const log = (line) => console.log(`[test:pg] ${line}`);

function pgBin() {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], "bin") : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root: run the server's tools as the `postgres` user then. */
function asServerUser(cmd, args) {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
  execFileSync(file, argv, { stdio: ["ignore", "ignore", "inherit"] });
}

async function startThrowawayServer() {
  const bin = pgBin();
  if (!bin) return null;
  const dir = mkdtempSync(path.join(tmpdir(), "sbw-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const port = await freePort();
  if (process.getuid?.() === 0) execFileSync("chown", ["-R", "postgres", dir]);
  asServerUser(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const opts = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir} -c fsync=off -c max_connections=200`;
  asServerUser(path.join(bin, "pg_ctl"), [
    "-D",
    data,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "-o",
    opts,
    "start",
  ]);
  const stop = () => {
    try {
      asServerUser(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

async function createDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function run(cmd, args, env) {
  log(`${cmd} ${args.join(" ")}`);
  return spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
}

let server = process.env.TEST_DATABASE_URL ? { url: process.env.TEST_DATABASE_URL, stop: () => {} } : null;
server ??= await startThrowawayServer();
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
