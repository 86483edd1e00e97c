import type { ReactNode } from "react";
import { statusLabel } from "@/components/customer/status-label";
import { formatDateTime } from "@/lib/i18n/format";
import { SKATTEETATEN_APIS } from "@/lib/catalogue";
import { common } from "@/lib/i18n/messages/common";
import { customerMessages } from "@/lib/i18n/messages/customer";
import { summaryMessages } from "@/lib/i18n/messages/summary";
import type { Locale } from "@/lib/i18n/types";
import type { Summary } from "@/lib/summary/build";

/** The summary's sections: each a heading and a definition list, "not done yet" where a step is missing. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={`summary-${id}`}
      className="space-y-2 rounded-md border border-line bg-surface p-4"
    >
      <h2 id={`summary-${id}`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Rows({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[14rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="break-all font-mono text-xs sm:text-sm">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SummaryView({ summary, locale }: { summary: Summary; locale: Locale }) {
  const t = summaryMessages[locale];
  const c = common[locale];
  const f = t.fields;
  const notYet = <p className="text-sm text-ink-subtle">{t.notYet}</p>;
  const time = (isoText: string | null) =>
    isoText ? formatDateTime(isoText, locale, { seconds: true }) : "–";

  return (
    <div className="space-y-4">
      <Section id="environment" title={t.sections.environment}>
        <Rows
          rows={[
            [f.environment, c.environment[summary.environment.id]],
            [f.issuer, summary.environment.maskinportenIssuer],
            [f.altinn, summary.environment.altinnPlatformUrl],
          ]}
        />
      </Section>

      <Section id="vendor" title={t.sections.vendor}>
        {summary.vendor ? (
          <Rows
            rows={[
              [f.orgno, summary.vendor.orgno],
              [f.name, summary.vendor.name ?? "–"],
            ]}
          />
        ) : (
          notYet
        )}
      </Section>

      <Section id="apis" title={t.sections.apis}>
        {summary.apis.length ? (
          <ul className="space-y-1 text-sm">
            {summary.apis.map((a) => (
              <li key={a.id}>
                <span className="font-semibold">{SKATTEETATEN_APIS[a.id].name[locale]}</span> –{" "}
                <code className="font-mono text-xs">{a.scope}</code>
                {a.scopeStatus && <> ({t.scopeStatus[a.scopeStatus]})</>}
              </li>
            ))}
          </ul>
        ) : (
          notYet
        )}
      </Section>

      <Section id="client" title={t.sections.client}>
        {summary.client ? (
          <Rows
            rows={[
              [f.clientId, summary.client.clientId],
              [f.kid, summary.client.kid],
              ...(summary.key
                ? ([
                    [
                      f.keySource,
                      t.keySources[summary.key.source as keyof typeof t.keySources] ?? summary.key.source,
                    ],
                    [f.keyDownloaded, summary.key.downloaded ? t.yes : t.no],
                  ] as [string, ReactNode][])
                : []),
            ]}
          />
        ) : (
          notYet
        )}
      </Section>

      <Section id="system" title={t.sections.system}>
        {summary.system ? (
          <Rows
            rows={[
              [f.systemId, summary.system.systemId],
              [f.clientIds, summary.system.clientId.join(", ") || "–"],
              [f.rights, summary.system.rights.join(", ") || "–"],
            ]}
          />
        ) : (
          notYet
        )}
      </Section>

      <Section id="request" title={t.sections.request}>
        {summary.request ? (
          <Rows
            rows={[
              [f.requestId, summary.request.id],
              // Altinn's status in the user's words, as step 5 says it ("Accepted" is "Godkjent" in nb).
              [f.status, statusLabel(customerMessages[locale], summary.request.status)],
              [f.customer, summary.request.partyOrgNo],
              [f.externalRef, summary.request.externalRef],
            ]}
          />
        ) : (
          notYet
        )}
      </Section>

      <Section id="system-user" title={t.sections.systemUser}>
        {summary.systemUser ? (
          <Rows
            rows={[
              [f.systemUserId, summary.systemUser.id],
              [f.systemId, summary.systemUser.systemId],
              [f.customer, summary.systemUser.reporteeOrgNo],
              [f.externalRef, summary.systemUser.externalRef],
              [f.userType, summary.systemUser.userType ?? "–"],
            ]}
          />
        ) : (
          notYet
        )}
      </Section>

      <Section id="token" title={t.sections.token}>
        {summary.systemUserToken ? (
          <Rows
            rows={[
              [f.scope, summary.systemUserToken.scope ?? "–"],
              [f.systemUserId, summary.systemUserToken.systemUserId ?? "–"],
              [f.fetchedAt, time(summary.systemUserToken.fetchedAt)],
              [f.expiresAt, time(summary.systemUserToken.expiresAt)],
            ]}
          />
        ) : (
          notYet
        )}
      </Section>

      <Section id="calls" title={t.sections.calls}>
        {summary.calls.length ? (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[36rem] text-sm">
              <caption className="sr-only">{t.sections.calls}</caption>
              <thead>
                <tr className="text-left text-xs text-ink-subtle">
                  <th scope="col" className="pb-1 pr-3">
                    {t.calls.at}
                  </th>
                  <th scope="col" className="pb-1 pr-3">
                    {t.calls.request}
                  </th>
                  <th scope="col" className="pb-1 pr-3">
                    {t.calls.status}
                  </th>
                  <th scope="col" className="pb-1 pr-3">
                    {t.calls.correlationId}
                  </th>
                  <th scope="col" className="pb-1">
                    {t.calls.duration}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.calls.map((call, i) => (
                  <tr key={`${call.at}-${i}`} className="border-t border-line align-top">
                    <td className="py-1 pr-3 font-mono text-xs">{time(call.at)}</td>
                    <td className="break-all py-1 pr-3 font-mono text-xs">
                      {call.method} {call.url}
                    </td>
                    <td className={`py-1 pr-3 font-semibold ${call.ok ? "text-success" : "text-danger"}`}>
                      {call.status}
                    </td>
                    <td className="break-all py-1 pr-3 font-mono text-xs">{call.correlationId ?? "–"}</td>
                    <td className="py-1 font-mono text-xs">{call.durationMs} ms</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="text-sm text-ink-subtle">{t.noCalls}</p>
        )}
      </Section>
    </div>
  );
}
