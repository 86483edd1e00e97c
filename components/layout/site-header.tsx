import Link from "next/link";
import { setLocale } from "@/app/actions";
import { common } from "@/lib/i18n/messages/common";
import type { Locale } from "@/lib/i18n/types";
import type { EnvironmentId } from "@/lib/environments";
import { StartOver } from "./start-over";

export function SiteHeader({ locale, env }: { locale: Locale; env: EnvironmentId }) {
  const t = common[locale];
  const other: Locale = locale === "nb" ? "en" : "nb";
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
          <form action={setLocale}>
            <input type="hidden" name="locale" value={other} />
            <button
              type="submit"
              lang={other}
              aria-label={t.switchToLabel}
              className="text-sm text-accent underline underline-offset-2"
            >
              {t.switchTo}
            </button>
          </form>
          <StartOver
            label={t.nav.startOver}
            confirmText={t.startOverConfirm}
            cancel={locale === "nb" ? "Avbryt" : "Cancel"}
          />
        </div>
      </div>
    </header>
  );
}
