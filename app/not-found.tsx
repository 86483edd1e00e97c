import Link from "next/link";
import { getLocale } from "@/lib/i18n/server";

const texts = {
  nb: { title: "Fant ikke siden", body: "Adressen finnes ikke i veiviseren.", home: "Til forsiden" },
  nn: { title: "Fann ikkje sida", body: "Adressa finst ikkje i vegvisaren.", home: "Til framsida" },
  en: {
    title: "Page not found",
    body: "This address does not exist in the wizard.",
    home: "To the start page",
  },
};

export default async function NotFound() {
  const t = texts[await getLocale()];
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
