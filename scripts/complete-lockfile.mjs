// Usage: node scripts/complete-lockfile.mjs package-lock.json (after any `npm install`).
// Adds lock entries for other platforms' optional binaries that this machine's registry does not serve,
// so `npm ci` finds the lockfile complete; npm skips them on install as optional platform packages.
import { readFileSync, writeFileSync } from "node:fs";
const file = process.argv[2];
const lock = JSON.parse(readFileSync(file, "utf8"));
const pk = lock.packages;
let added = 0;
const guess = (name) => {
  const os = [
    "darwin",
    "win32",
    "linux",
    "freebsd",
    "android",
    "openharmony",
    "wasm32",
    "sunos",
    "netbsd",
    "openbsd",
    "aix",
  ].find((o) => name.includes(o));
  const cpu = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32"].find((c) =>
    new RegExp(`[-_]${c}([-_]|$)`).test(name),
  );
  const out = {};
  if (os && os !== "wasm32") out.os = [os];
  if (cpu && cpu !== "wasm32") out.cpu = [cpu];
  return out;
};
for (const [path, entry] of Object.entries(pk)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    // resolve like node: nested first, then hoisted
    const nested = `${path ? path + "/" : ""}node_modules/${dep}`;
    if (pk[nested] || pk[`node_modules/${dep}`]) continue;
    pk[`node_modules/${dep}`] = { version: version.replace(/^[\^~]/, ""), optional: true, ...guess(dep) };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pk).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} entries`);
