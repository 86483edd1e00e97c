import type { ApprovalView } from "@/lib/simulator/altinn/approval";
import { formatDateTime } from "@/lib/i18n/format";
import { format, type Locale } from "@/lib/i18n/types";
import type { ApprovalMessages } from "./approval-messages";

/** A value in the reader's language: the locale's text, else bokmål, else any, else the fallback. */
export function localized(
  texts: Record<string, string> | undefined,
  locale: Locale,
  fallback: string,
): string {
  if (!texts) return fallback;
  return texts[locale] || texts.nb || Object.values(texts).find(Boolean) || fallback;
}

type FactsView = Pick<
  ApprovalView,
  "vendor" | "system" | "integrationTitle" | "party" | "created" | "requestId"
>;

/** Who asks, for which system and access, on behalf of whom, and when. */
export function RequestFacts({
  view,
  locale,
  t,
  requestIdLabel = t.requestId,
}: {
  view: FactsView;
  locale: Locale;
  t: ApprovalMessages;
  requestIdLabel?: string;
}) {
  const systemName = localized(view.system?.name, locale, view.system?.id ?? "");
  const rows: [string, string][] = [
    [t.vendor, view.vendor ? `${view.vendor.name} (${format(t.orgno, { orgno: view.vendor.orgno })})` : ""],
    [t.system, systemName],
    [t.accessName, view.integrationTitle ?? systemName],
    [t.onBehalfOf, view.party ? `${view.party.name} (${format(t.orgno, { orgno: view.party.orgno })})` : ""],
    [t.created, view.created ? formatDateTime(view.created, locale, { long: true }) : ""],
    [requestIdLabel, view.requestId ?? ""],
  ];
  const description = localized(view.system?.description, locale, "");
  return (
    <section aria-labelledby="details-heading" className="space-y-3">
      <h2 id="details-heading" className="text-lg font-semibold">
        {t.detailsHeading}
      </h2>
      {description && <p className="text-sm text-ink-subtle">{description}</p>}
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Single rights and access packages under their sub-headings (h3), each with its title when known. */
export function PowersList({
  rights,
  accessPackages,
  locale,
  t,
}: Pick<ApprovalView, "rights" | "accessPackages"> & { locale: Locale; t: ApprovalMessages }) {
  return (
    <>
      {rights.length > 0 && (
        <>
          <h3 className="text-base font-semibold">{t.singleRights}</h3>
          <ul className="list-disc space-y-1 pl-6 text-sm">
            {rights.map((r) => (
              <li key={`${r.resourceId}:${r.action ?? ""}`}>
                {r.title ? r.title[locale] : r.resourceId}{" "}
                <code className="rounded bg-canvas px-1 text-xs">{r.resourceId}</code>
                {r.action && <span className="text-ink-subtle"> ({r.action})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {accessPackages.length > 0 && (
        <>
          <h3 className="text-base font-semibold">{t.accessPackages}</h3>
          <ul className="list-disc space-y-1 pl-6 text-sm">
            {accessPackages.map((p) => (
              <li key={p.urn}>
                {p.title ? p.title[locale] : p.urn}{" "}
                <code className="rounded bg-canvas px-1 text-xs">{p.urn}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** Who asks, for which system and access, on behalf of whom, and which powers the access would give. */
export function RequestDetails({
  view,
  locale,
  t,
}: {
  view: ApprovalView;
  locale: Locale;
  t: ApprovalMessages;
}) {
  return (
    <>
      <RequestFacts view={view} locale={locale} t={t} />
      <section aria-labelledby="rights-heading" className="space-y-3">
        <h2 id="rights-heading" className="text-lg font-semibold">
          {t.rightsHeading}
        </h2>
        {view.rights.length === 0 && view.accessPackages.length === 0 && (
          <p className="text-sm">{t.noRights}</p>
        )}
        <PowersList rights={view.rights} accessPackages={view.accessPackages} locale={locale} t={t} />
        <p className="text-sm text-ink-subtle">{t.withdraw}</p>
      </section>
    </>
  );
}
