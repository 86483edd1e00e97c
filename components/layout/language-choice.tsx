import { setLocale } from "@/app/actions";
import { LOCALES, type Locale } from "@/lib/i18n/types";

/**
 * Each language named in itself, so a reader finds their own whatever the page's language. Keyed by code
 * rather than typed as Record<Locale, …> so that a language added to LOCALES before its name here still
 * shows (as its code) instead of failing.
 */
const NAMES: Record<string, { name: string; switchLabel: string }> = {
  nb: { name: "Bokmål", switchLabel: "Bytt til bokmål" },
  nn: { name: "Nynorsk", switchLabel: "Byt til nynorsk" },
  en: { name: "English", switchLabel: "Switch to English" },
};

/** The language choice as one small form per language (works without JavaScript). */
export function LanguageChoice({
  locale,
  label,
  className = "",
}: {
  locale: Locale;
  label: string;
  className?: string;
}) {
  return (
    <nav aria-label={label} className={className}>
      <ul className="flex flex-wrap items-center gap-3 text-sm">
        {LOCALES.map((l) => {
          const n = NAMES[l] ?? { name: l, switchLabel: l };
          return (
            <li key={l}>
              {l === locale ? (
                <span lang={l} aria-current="true" className="font-semibold">
                  {n.name}
                </span>
              ) : (
                <form action={setLocale}>
                  <input type="hidden" name="locale" value={l} />
                  <button
                    type="submit"
                    lang={l}
                    aria-label={n.switchLabel}
                    className="underline underline-offset-2"
                  >
                    {n.name}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
