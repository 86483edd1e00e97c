// Decodes server-action bodies with React's own reply decoder (the one Next uses), one JSON line per body on
// stdin, one verdict per line on stdout. Run with `node --conditions=react-server`: the decoder refuses to
// load without it, which is why the unit test runs it as a child process.
import { createInterface } from "node:readline";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const {
  decodeReply,
  createTemporaryReferenceSet,
} = require("next/dist/compiled/react-server-dom-turbopack/server.node.js");

function settle(thenable, ms) {
  return Promise.race([
    Promise.resolve(thenable).then(() => "ok"),
    new Promise((resolve) => setTimeout(() => resolve("timeout"), ms).unref()),
  ]);
}

for await (const line of createInterface({ input: process.stdin })) {
  if (!line) continue;
  const { text, parts } = JSON.parse(line);
  let verdict;
  try {
    let body = text;
    if (parts) {
      body = new FormData();
      for (const [k, v] of parts) body.append(k, v);
    }
    verdict = await settle(
      decodeReply(body, {}, { temporaryReferences: createTemporaryReferenceSet() }),
      1000,
    );
  } catch (e) {
    verdict = `throws: ${e instanceof Error ? e.message.slice(0, 120) : String(e)}`;
  }
  process.stdout.write(JSON.stringify(verdict) + "\n");
}
