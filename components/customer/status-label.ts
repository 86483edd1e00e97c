import type { CustomerMessages } from "@/lib/i18n/messages/customer";
import { format } from "@/lib/i18n/types";

/** A request status in the user's words; unknown statuses are shown as they came. */
export function statusLabel(t: CustomerMessages, status: string): string {
  return status in t.status && status !== "unknown"
    ? t.status[status as keyof CustomerMessages["status"]]
    : format(t.status.unknown, { status });
}
