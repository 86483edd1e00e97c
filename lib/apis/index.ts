import { innrapporteringAmelding } from "./innrapportering-amelding";
import { innrapporteringBoligsameie } from "./innrapportering-boligsameie";
import { innrapporteringBoligselskap } from "./innrapportering-boligselskap";
import { innrapporteringPassogstell } from "./innrapportering-passogstell";
import { kravogbetalinger } from "./kravogbetalinger";
import type { SkatteetatenApi } from "./types";

/**
 * The registry of Skatteetaten's APIs the wizard supports, in the order step 2 offers them. Adding an API is
 * one folder (lib/apis/<id>/: index.ts, simulator.ts) and one line here; the type checker then asks for its
 * line in ./simulators.ts. Pure: pages and client forms may import it (the simulator parts they may not).
 */
const APIS = [
  kravogbetalinger,
  innrapporteringBoligselskap,
  innrapporteringAmelding,
  innrapporteringBoligsameie,
  innrapporteringPassogstell,
] as const satisfies readonly SkatteetatenApi[];

export type ApiId = (typeof APIS)[number]["id"];
/** The ids of the APIs' step-7 snippets (lib/snippets). */
export type ApiSnippetId = (typeof APIS)[number]["snippet"]["id"];

/** The ids as a non-empty tuple, for `z.enum(API_IDS)`. */
export const API_IDS = APIS.map((a) => a.id) as unknown as readonly [ApiId, ...ApiId[]];

export const API_LIST: readonly (SkatteetatenApi<ApiId> & { snippet: { id: ApiSnippetId } })[] = APIS;

export const SKATTEETATEN_APIS = Object.fromEntries(APIS.map((a) => [a.id, a])) as unknown as Readonly<
  Record<ApiId, SkatteetatenApi<ApiId>>
>;

export function apiById(id: ApiId): SkatteetatenApi<ApiId> {
  return SKATTEETATEN_APIS[id];
}

export function isApiId(value: unknown): value is ApiId {
  return typeof value === "string" && (API_IDS as readonly string[]).includes(value);
}

/** The API served under a host stem (`<stem>.api.skatteetaten.no`), if any. */
export function apiByHostStem(stem: string | undefined): SkatteetatenApi<ApiId> | undefined {
  return API_LIST.find((a) => a.hostStem === stem);
}

/** The access packages (full URNs) that give an Altinn resource, by the APIs that use it; [] for none. */
export function packagesForResource(resource: string): string[] {
  return API_LIST.filter((a) => a.resource === resource).flatMap((a) =>
    a.accessPackages.map((p) => `urn:altinn:accesspackage:${p}`),
  );
}

export type { SkatteetatenApi } from "./types";
