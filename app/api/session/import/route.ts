import { redirect } from "next/navigation";
import { importLegacyCookies } from "@/lib/session";

export const dynamic = "force-dynamic";

/**
 * Where a page sends a browser that still holds the first release's state cookies (a page cannot set
 * cookies): the state moves into a new database session, the old cookies are deleted, and the start page
 * explains what happened and resumes at the first open step.
 */
export async function GET(): Promise<Response> {
  await importLegacyCookies();
  redirect("/");
}
