import "server-only";
import { approvalMessages, type ApprovalMessages } from "@/components/sim/approval-messages";
import { getLocale } from "@/lib/i18n/server";
import { format, type Locale } from "@/lib/i18n/types";
import type { Sim } from "@/lib/simulator/sim";
import { approvalSandbox } from "./sandbox";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What every simulated Altinn page starts from: its sandbox, the reader's language and texts, the query. */
export async function simPageContext(
  sandboxId: string,
  searchParams: SearchParams,
): Promise<{ sim: Sim; locale: Locale; t: ApprovalMessages; param: (name: string) => string | undefined }> {
  const [params, locale, sim] = await Promise.all([searchParams, getLocale(), approvalSandbox(sandboxId)]);
  return {
    sim,
    locale,
    t: approvalMessages[locale],
    param: (name) => {
      const v = params[name];
      return typeof v === "string" ? v : undefined;
    },
  };
}

/** The simulated login shown in the frame: the organisation's daglig leder, or "not logged in". */
export function loginLine(t: ApprovalMessages, approver?: { name: string }, org?: { name: string }): string {
  return approver && org ? format(t.loggedInAs, { name: approver.name, org: org.name }) : t.notLoggedIn;
}
