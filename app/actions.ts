"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/lib/i18n/server";
import { LOCALES } from "@/lib/i18n/types";
import { clearState } from "@/lib/session";

const localeSchema = z.enum(LOCALES);

/** Switches the interface language; kept in its own cookie so it survives "start over". */
export async function setLocale(formData: FormData): Promise<void> {
  // A public endpoint: a hand-made request can send anything in place of the form's FormData.
  if (!(formData instanceof FormData)) return;
  const parsed = localeSchema.safeParse(formData.get("locale"));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
}

/** Removes this browser's wizard state, the key included. */
export async function startOver(): Promise<void> {
  await clearState();
  redirect("/");
}
