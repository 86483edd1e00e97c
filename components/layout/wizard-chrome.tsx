import "server-only";
import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale } from "@/lib/i18n/server";
import { GLOSSARY_PATH, glossaryPageTexts } from "@/lib/glossary";
import { readState } from "@/lib/session";
import { SiteHeader } from "./site-header";

/**
 * The wizard's own chrome: its header (name, environment, language, "start over") and a footer with the
 * glossary. Rendered by the wizard's pages and layouts only — never by the simulated Altinn pages, which are
 * the customer's view of Altinn and have their own frame (components/sim/simulated-altinn-frame.tsx).
 */
export async function WizardChrome({ children }: { children: ReactNode }) {
  const [locale, state] = await Promise.all([getLocale(), readState()]);
  const g = glossaryPageTexts[locale];
  return (
    <>
      <SiteHeader locale={locale} env={state.env} />
      {children}
      <footer className="mt-10 border-t border-line">
        <nav aria-label={g.footerLabel} className="mx-auto max-w-6xl px-4 py-4 text-sm">
          <Link href={GLOSSARY_PATH} className="text-accent underline underline-offset-2">
            {g.link}
          </Link>
        </nav>
      </footer>
    </>
  );
}
