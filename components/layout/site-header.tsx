import Link from "next/link";
import { setLocale } from "@/app/actions";
import { common } from "@/lib/i18n/messages/common";
import { LOCALES, type Locale } from "@/lib/i18n/types";
import type { EnvironmentId } from "@/lib/environments";
import { StartOver } from "./start-over";

export function SiteHeader({ locale, env }: { locale: Locale; env: EnvironmentId }) {
  const t = common[locale];
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-ink">
          {t.appName}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <span className="rounded-full border border-accent bg-accent-subtle px-3 py-1 text-xs font-semibold text-accent-strong">
            {t.environmentActive}: {t.environment[env]}
          </span>
          <nav aria-label={t.language}>
            {/* Each language is named in itself, so a reader finds their own whatever the page's language. */}
            <ul className="flex flex-wrap items-center gap-3 text-sm">
              {LOCALES.map((l) => (
                <li key={l}>
                  {l === locale ? (
                    <span lang={l} aria-current="true" className="font-semibold text-ink">
                      {common[l].languageName}
                    </span>
                  ) : (
                    <form action={setLocale}>
                      <input type="hidden" name="locale" value={l} />
                      <button
                        type="submit"
                        lang={l}
                        aria-label={common[l].switchToLabel}
                        className="text-accent underline underline-offset-2"
                      >
                        {common[l].languageName}
                      </button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          </nav>
          <StartOver label={t.nav.startOver} confirmText={t.startOverConfirm} cancel={t.cancel} />
        </div>
      </div>
    </header>
  );
}
