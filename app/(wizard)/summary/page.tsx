import Link from "next/link";
import { Snippets } from "@/components/snippets/snippets";
import { SummaryView } from "@/components/summary/summary-view";
import { buttonClass } from "@/components/ui/button";
import { summaryMessages } from "@/lib/i18n/messages/summary";
import { getLocale } from "@/lib/i18n/server";
import { readSession } from "@/lib/session";
import { buildSnippets, snippetContext } from "@/lib/snippets";
import { stepById } from "@/lib/steps";
import { buildSummary } from "@/lib/summary/build";

export default async function Page() {
  const [{ state, env }, locale] = await Promise.all([readSession(), getLocale()]);
  const t = summaryMessages[locale];
  const summary = buildSummary(state, env);
  return (
    <article className="space-y-6" aria-labelledby="summary-title">
      <header className="space-y-2">
        <h1 id="summary-title" className="text-2xl font-bold">
          {t.title}
        </h1>
        <p className="text-ink-subtle">{t.intro}</p>
        <p>
          {/* A plain link: the route answers with Content-Disposition: attachment. */}
          <a className={buttonClass("primary")} href="/api/summary" download>
            {t.download}
          </a>
        </p>
      </header>
      <SummaryView summary={summary} locale={locale} />
      <Snippets
        snippets={buildSnippets(snippetContext(state, env))}
        locale={locale}
        heading={t.snippetsHeading}
        collapsible
      />
      <nav className="border-t border-line pt-4" aria-label={t.title}>
        <Link className={buttonClass("secondary")} href={stepById("call").path}>
          ← {t.backToCall}
        </Link>
      </nav>
    </article>
  );
}
