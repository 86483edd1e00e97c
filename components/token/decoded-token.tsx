import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { CodeBlock } from "@/components/ui/code-block";
import { formatDateTime } from "@/lib/i18n/format";
import { format, type Locale } from "@/lib/i18n/types";
import type { TokenClaimsMessages } from "@/lib/i18n/messages/token-claims";

/**
 * A decoded Maskinporten token: every header field and claim with what it means, the raw JSON, and the
 * clock offset measured against Maskinporten. Generic (no step state): steps 3 and 6 both use it. Renders
 * no current time, so it hydrates identically when used inside a client component.
 */
export interface DecodedTokenProps {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  /** Seconds; null when not measured (token from the cache), undefined to hide the clock section. */
  clockOffsetSeconds?: number | null;
  texts: TokenClaimsMessages;
  /** Times (iat, exp, nbf) are shown in this language, in Oslo time. */
  locale: Locale;
  copyLabel: string;
  copiedLabel: string;
  /** Distinguishes ids when two tokens are on one page. */
  idPrefix?: string;
}

const CLAIM_ORDER = [
  "iss",
  "client_id",
  "client_amr",
  "consumer",
  "scope",
  "token_type",
  "iat",
  "exp",
  "jti",
  "aud",
  "authorization_details",
];
const TIME_CLAIMS = new Set(["iat", "exp", "nbf"]);
export const CLOCK_WARN_SECONDS = 5;

function explain(texts: Record<string, string>, key: string, fallback: string): string {
  return Object.prototype.hasOwnProperty.call(texts, key) ? texts[key]! : fallback;
}

function show(name: string, value: unknown, locale: Locale): string {
  if (TIME_CLAIMS.has(name) && typeof value === "number")
    return `${value} (${formatDateTime(value * 1000, locale, { seconds: true })})`;
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

function ordered(claims: Record<string, unknown>): string[] {
  const names = Object.keys(claims);
  return [
    ...CLAIM_ORDER.filter((n) => names.includes(n)),
    ...names.filter((n) => !CLAIM_ORDER.includes(n)).sort(),
  ];
}

function ClaimRow({
  name,
  value,
  texts,
  locale,
  nested = false,
}: {
  name: string;
  value: unknown;
  texts: TokenClaimsMessages;
  locale: Locale;
  nested?: boolean;
}) {
  return (
    <tr className="border-t border-line align-top">
      <th
        scope="row"
        className={`py-2 pr-3 text-left font-mono text-xs font-semibold ${nested ? "pl-4" : ""}`}
      >
        {nested ? "↳ " : ""}
        {name}
      </th>
      <td className="break-all py-2 pr-3 font-mono text-xs">{show(name, value, locale)}</td>
      <td className="py-2 text-sm">{explain(texts.claims, name, texts.unknownClaim)}</td>
    </tr>
  );
}

export function DecodedToken({
  header,
  claims,
  clockOffsetSeconds,
  texts,
  locale,
  copyLabel,
  copiedLabel,
  idPrefix = "token",
}: DecodedTokenProps) {
  const iat = typeof claims.iat === "number" ? claims.iat : null;
  const exp = typeof claims.exp === "number" ? claims.exp : null;
  const details = Array.isArray(claims.authorization_details) ? claims.authorization_details : [];
  return (
    <section aria-labelledby={`${idPrefix}-title`} className="space-y-4">
      <h3 id={`${idPrefix}-title`} className="text-lg font-semibold">
        {texts.title}
      </h3>
      {clockOffsetSeconds !== undefined && <ClockOffset offset={clockOffsetSeconds} texts={texts} />}

      <ClaimTable title={texts.headerTitle} texts={texts}>
        {Object.keys(header).map((name) => (
          <tr key={name} className="border-t border-line align-top">
            <th scope="row" className="py-2 pr-3 text-left font-mono text-xs font-semibold">
              {name}
            </th>
            <td className="break-all py-2 pr-3 font-mono text-xs">{show(name, header[name], locale)}</td>
            <td className="py-2 text-sm">{explain(texts.header, name, texts.unknownClaim)}</td>
          </tr>
        ))}
      </ClaimTable>

      <ClaimTable title={texts.claimsTitle} texts={texts}>
        {ordered(claims).flatMap((name) => {
          if (name !== "authorization_details")
            return [<ClaimRow key={name} name={name} value={claims[name]} texts={texts} locale={locale} />];
          // Each field of the system-user details gets its own explained row.
          return [
            <ClaimRow key={name} name={name} value={`[${details.length}]`} texts={texts} locale={locale} />,
            ...details.flatMap((d, i) =>
              d && typeof d === "object"
                ? Object.entries(d as Record<string, unknown>).map(([k, v]) => (
                    <ClaimRow
                      key={`${name}-${i}-${k}`}
                      name={k}
                      value={v}
                      texts={texts}
                      locale={locale}
                      nested
                    />
                  ))
                : [],
            ),
          ];
        })}
      </ClaimTable>
      {iat !== null && exp !== null && (
        <p className="text-sm text-ink-subtle">{format(texts.lifetime, { seconds: exp - iat })}</p>
      )}

      <div className="grid gap-3 lg:grid-cols-2">
        <CodeBlock
          id={`${idPrefix}-raw-header`}
          label={texts.rawHeader}
          code={JSON.stringify(header, null, 2)}
          copyLabel={copyLabel}
          copiedLabel={copiedLabel}
        />
        <CodeBlock
          id={`${idPrefix}-raw-claims`}
          label={texts.rawClaims}
          code={JSON.stringify(claims, null, 2)}
          copyLabel={copyLabel}
          copiedLabel={copiedLabel}
        />
      </div>
      <p className="text-xs text-ink-subtle">{texts.notice}</p>
    </section>
  );
}

/** A claim / value / meaning table; scrollable on narrow screens, so focusable and named (WCAG 2.1.1). */
function ClaimTable({
  title,
  texts,
  children,
}: {
  title: string;
  texts: TokenClaimsMessages;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={title}>
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="pb-1 text-left font-semibold">{title}</caption>
        <thead>
          <tr className="text-left text-xs text-ink-subtle">
            <th scope="col" className="pb-1 pr-3">
              {texts.claim}
            </th>
            <th scope="col" className="pb-1 pr-3">
              {texts.value}
            </th>
            <th scope="col" className="pb-1">
              {texts.meaning}
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function ClockOffset({ offset, texts }: { offset: number | null; texts: TokenClaimsMessages }) {
  if (offset === null)
    return (
      <Alert tone="info" title={texts.clock.title}>
        {texts.clock.cached}
      </Alert>
    );
  const warn = Math.abs(offset) > CLOCK_WARN_SECONDS;
  const signed = offset > 0 ? `+${offset}` : String(offset);
  return (
    <Alert tone={warn ? "warning" : "success"} title={texts.clock.title} role={warn ? "alert" : undefined}>
      <p>
        {format(texts.clock.offset, { offset: signed })} {warn ? texts.clock.warn : texts.clock.ok}
      </p>
      <p className="mt-1 text-xs">{texts.clock.precision}</p>
    </Alert>
  );
}
