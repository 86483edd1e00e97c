import Link from "next/link";
import { home } from "@/lib/i18n/messages/home";
import { getLocale } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = home[await getLocale()].notFound;
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-10">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.body}</p>
      <Link className="text-accent underline" href="/">
        {t.home}
      </Link>
    </main>
  );
}
