import fc from "fast-check";
import { afterEach, beforeAll, describe, it } from "vitest";
import type { TestSim } from "@/test/support/sim";
import { newSim } from "../support/sim";
import {
  expectClean,
  expectPrototypeIntact,
  jsonContentType,
  method,
  mutatedBody,
  RUNS,
  segment,
} from "./fuzz-support";
import { setControls } from "../support/sim-state";

/**
 * /sim/_control (reset, clock, config, faults, expire) under hostile input, on a simulator of its own so a
 * fault or clock skew that a fuzz input happens to set cannot leak into the other tests. After each case
 * the controls are put back, so a valid fault never turns the next case into a deliberate 5xx.
 */
let sim: TestSim;
afterEach(expectPrototypeIntact);
beforeAll(async () => {
  sim = await newSim();
});

async function restoreControls(): Promise<void> {
  await setControls(sim, { faults: [], clockSkewSeconds: 0 });
}

const BASES: Record<string, unknown> = {
  "/sim/_control/clock": { skewSeconds: 30 },
  "/sim/_control/config": { requestTimeoutSeconds: 600 },
  "/sim/_control/faults": {
    service: "altinn",
    pathPrefix: "/authentication",
    method: "POST",
    kind: "status",
    status: 503,
    remaining: 1,
  },
};

describe("/sim/_control under hostile input", () => {
  it("answers clock, config and fault changes with 2xx or 4xx and changes nothing when it refuses", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(BASES)).chain((path) =>
          fc.record({
            method: fc.oneof(
              { weight: 5, arbitrary: fc.constant("POST") },
              { weight: 1, arbitrary: method.filter((m) => m !== "DELETE") },
            ),
            path: fc.constant(path),
            body: mutatedBody(BASES[path]),
            contentType: jsonContentType,
          }),
        ),
        async (r) => {
          try {
            await expectClean(sim, r);
          } finally {
            await restoreControls();
          }
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it("answers unknown control paths, wrong methods and unknown request ids with 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          method: method.filter((m) => m !== "POST"),
          path: fc.constantFrom(
            "/sim/_control/reset",
            "/sim/_control/state",
            "/sim/_control/faults/x",
            "/sim/_control/",
            "/sim/_control/clock",
          ),
          body: fc.option(fc.json(), { nil: undefined }),
          contentType: jsonContentType,
        }),
        async (r) => {
          try {
            await expectClean(sim, r);
          } finally {
            await restoreControls();
          }
        },
      ),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(segment(), fc.option(fc.json(), { nil: undefined }), async (id, body) => {
        await expectClean(sim, {
          method: "POST",
          path: `/sim/_control/requests/${id}/expire`,
          body,
          contentType: "application/json",
        });
      }),
      { numRuns: RUNS },
    );
  });
});
