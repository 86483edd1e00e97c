import fc from "fast-check";
import { SKATTEETATEN_APIS, type ApiId } from "@/lib/apis";
import { buildTestMelding } from "@/lib/apis/innrapportering-amelding/payload";
import { buildTestSubmission as sameie } from "@/lib/apis/innrapportering-boligsameie/payload";
import { buildTestSubmission as passOgStell } from "@/lib/apis/innrapportering-passogstell/payload";
import type { EndpointSpec } from "./fuzz-endpoints";
import { segment } from "./fuzz-support";
import { CUSTOMER_ORGNO, VENDOR_ORGNO, type World } from "./fuzz-world";

/**
 * The innrapportering APIs added through the registry (lib/apis: a-melding, boligsameie, pass og stell) for the
 * fuzzers, each with its module's own valid test submission as the body the fuzz mutates (contracts-more §4.3).
 */
const ske = (w: World) => w.skatteetatenTokens;
const base = (id: ApiId) => `/sim/skatteetaten/${SKATTEETATEN_APIS[id].hostStem}/v1`;
const year = () => fc.oneof(fc.constantFrom("2025", "2024", "1999", "0", "abcd", "20250"), segment());
const input = { orgno: CUSTOMER_ORGNO, orgName: "Fuzz", inntektsaar: 2025 };

export function apiEndpoints(headers: fc.Arbitrary<Record<string, string>>): EndpointSpec[] {
  return [
    {
      name: "ske amelding",
      method: "POST",
      path: () =>
        fc
          .tuple(
            fc.oneof(fc.constantFrom("2026-01", "2026-13", "2026-1", "januar"), segment()),
            segment([CUSTOMER_ORGNO, VENDOR_ORGNO]),
          )
          .map(([m, o]) => `${base("innrapportering-amelding")}/innsending/${m}/${o}`),
      body: "json",
      base: () =>
        buildTestMelding({
          orgno: CUSTOMER_ORGNO,
          virksomhet: CUSTOMER_ORGNO,
          kalendermaaned: "2026-01",
          meldingsId: "0b5c8f1e-7d2a-4e3b-9c6d-1a2b3c4d5e6f",
          now: Date.UTC(2026, 1, 5),
        }),
      tokens: ske,
      headers,
    },
    {
      name: "ske boligsameie",
      method: "POST",
      path: () => year().map((y) => `${base("innrapportering-boligsameie")}/${y}`),
      body: "json",
      base: () => sameie(input),
      tokens: ske,
      headers,
    },
    {
      name: "ske passogstell",
      method: "POST",
      path: () => year().map((y) => `${base("innrapportering-passogstell")}/${y}`),
      body: "json",
      base: () => passOgStell(input),
      tokens: ske,
      headers,
    },
  ];
}
