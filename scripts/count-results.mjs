// Totals every vitest and playwright JSON report in reports/ (the embedded-database run and the PostgreSQL
// run) into one "N passed, N failed" line.
import { existsSync, readdirSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
const files = existsSync("reports") ? readdirSync("reports").filter((f) => f.endsWith(".json")) : [];
for (const f of files) {
  const r = JSON.parse(readFileSync(`reports/${f}`, "utf8"));
  if (f.startsWith("vitest")) {
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
  } else if (f.startsWith("playwright")) {
    passed += (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0);
    failed += r.stats?.unexpected ?? 0;
  }
}
console.log(`${passed} passed, ${failed} failed`);
