import type { Metadata } from "next";
import { WizardChrome } from "@/components/layout/wizard-chrome";
import { GLOSSARY, glossaryPageTexts, TERM_IDS } from "@/lib/glossary";
import { common } from "@/lib/i18n/messages/common";
import { getLocale } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  return { title: `${glossaryPageTexts[locale].title} – ${common[locale].appName}` };
}

/** Every term of art the wizard uses, in the reader's language, each with an anchor `Term` links to. */
export default async function GlossaryPage() {
  const locale = await getLocale();
  const g = glossaryPageTexts[locale];
  const terms = TERM_IDS.map((id) => ({
    id,
    term: GLOSSARY[id].term[locale],
    text: GLOSSARY[id].text[locale],
  }));
  terms.sort((a, b) => a.term.localeCompare(b.term, locale === "en" ? "en" : "nb"));
  return (
    <WizardChrome>
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-10">
        <h1 className="text-3xl font-bold">{g.title}</h1>
        <p className="text-lg">{g.intro}</p>
        <dl className="divide-y divide-line rounded-md border border-line bg-surface">
          {terms.map((t) => (
            <div key={t.id} id={t.id} className="scroll-mt-4 p-4 target:bg-accent-subtle">
              <dt className="font-semibold">{t.term}</dt>
              <dd className="mt-1 [overflow-wrap:anywhere]">{t.text}</dd>
            </div>
          ))}
        </dl>
      </main>
    </WizardChrome>
  );
}
