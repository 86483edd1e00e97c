import { CodeBlock } from "@/components/ui/code-block";
import { common } from "@/lib/i18n/messages/common";
import { snippetMessages } from "@/lib/i18n/messages/snippets";
import { format, type Locale } from "@/lib/i18n/types";
import type { Snippet } from "@/lib/snippets";
import { SnippetTabs } from "./snippet-tabs";

/**
 * The curl and TypeScript versions of the calls a step makes (build them with `snippetsForStep` or
 * `buildSnippets` from lib/snippets, or use `StepSnippets`). Each snippet is a heading plus two tabs.
 */
export function Snippets({
  snippets,
  locale,
  heading,
  headingLevel = 2,
  showIntro = true,
  collapsible = false,
}: {
  snippets: Snippet[];
  locale: Locale;
  /** Defaults to "Code snippets"; pass null for none. */
  heading?: string | null;
  headingLevel?: 2 | 3;
  showIntro?: boolean;
  /** Each snippet behind a disclosure (for pages that list many). */
  collapsible?: boolean;
}) {
  if (snippets.length === 0) return null;
  const t = snippetMessages[locale];
  const c = common[locale];
  const H = headingLevel === 2 ? "h2" : "h3";
  const Item = headingLevel === 2 ? "h3" : "h4";
  return (
    <section className="space-y-4" aria-label={heading ?? t.heading}>
      {heading !== null && <H className="text-lg font-semibold">{heading ?? t.heading}</H>}
      {showIntro && <p className="text-sm text-ink-subtle">{t.intro}</p>}
      {snippets.map((s) => {
        const title = t.titles[s.id];
        const body = (
          <>
            <p className="break-all font-mono text-xs text-ink-subtle">
              {s.method} {s.url}
            </p>
            <SnippetTabs
              label={format(t.tabsLabel, { title })}
              panels={[
                {
                  key: "curl",
                  label: t.curl,
                  content: (
                    <CodeBlock
                      id={`snippet-${s.id}-curl`}
                      label={`${title} – ${t.curl}`}
                      code={s.curl}
                      copyLabel={c.copy}
                      copiedLabel={c.copied}
                    />
                  ),
                },
                {
                  key: "ts",
                  label: t.typescript,
                  content: (
                    <CodeBlock
                      id={`snippet-${s.id}-ts`}
                      label={`${title} – ${t.typescript}`}
                      code={s.typescript}
                      copyLabel={c.copy}
                      copiedLabel={c.copied}
                    />
                  ),
                },
              ]}
            />
          </>
        );
        if (collapsible) {
          return (
            <details key={s.id} className="rounded-md border border-line bg-surface p-3" data-snippet={s.id}>
              <summary className="cursor-pointer font-semibold">{title}</summary>
              <div className="mt-2 space-y-2">{body}</div>
            </details>
          );
        }
        return (
          <div key={s.id} className="space-y-2" data-snippet={s.id}>
            <Item className="font-semibold">{title}</Item>
            {body}
          </div>
        );
      })}
    </section>
  );
}
