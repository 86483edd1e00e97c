"use server";

import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/lib/i18n/server";
import { LOCALES } from "@/lib/i18n/types";
import { mutateState, startOverSession } from "@/lib/session";

const localeSchema = z.enum(LOCALES);

/** Switches the interface language; kept in its own cookie so it survives "start over". */
export async function setLocale(formData: FormData): Promise<void> {
  // A public endpoint: a hand-made request can send anything in place of the form's FormData.
  if (!(formData instanceof FormData)) return;
  const parsed = localeSchema.safeParse(formData.get("locale"));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
}

/**
 * Deletes this browser's session on the server (state and key) and gives the browser a new handle, so a
 * copy of the old cookie finds nothing.
 */
export async function startOver(): Promise<void> {
  await startOverSession();
  redirect("/");
}

const noticeIdSchema = z.string().min(1).max(100);

/** Hides a notice the user has read (the import explanation); lost-part notices go when the step is redone. */
export async function dismissNotice(formData: FormData): Promise<void> {
  // A public endpoint: a hand-made call may send anything, which must not become a 500.
  if (!(formData instanceof FormData)) return;
  const parsed = noticeIdSchema.safeParse(formData.get("id"));
  if (!parsed.success) return;
  await mutateState(async ({ state }) => ({
    state: { ...state, notices: state.notices.filter((n) => n.id !== parsed.data || n.kind === "partLost") },
    data: null,
  }));
  // The state changed in the database only (no cookie was set), so the page is rendered again explicitly.
  refresh();
}
