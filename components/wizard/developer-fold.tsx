import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { DEVELOPER_FOLD_COOKIE, developerFoldOpen } from "@/lib/developer-fold";
import { common } from "@/lib/i18n/messages/common";
import type { Locale } from "@/lib/i18n/types";
import { DeveloperDetails } from "./developer-details";

/**
 * One "for developers" fold per step: snippets, decoded tokens, raw JSON, keys and grant previews, out of the
 * way of the main action and one click away. Open or closed as the user left it, on every step and reload.
 */
/** Whether this browser left the developer fold open (for a step that renders the fold itself). */
export async function developerFoldIsOpen(): Promise<boolean> {
  return developerFoldOpen((await cookies()).get(DEVELOPER_FOLD_COOKIE)?.value);
}

export async function DeveloperFold({ locale, children }: { locale: Locale; children: ReactNode }) {
  const open = await developerFoldIsOpen();
  const t = common[locale].developer;
  return (
    <DeveloperDetails initialOpen={open} summary={t.summary} hint={t.hint}>
      {children}
    </DeveloperDetails>
  );
}
