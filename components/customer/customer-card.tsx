import "server-only";
import { Alert } from "@/components/ui/alert";
import type { ErrorDoctorTexts } from "@/components/ui/error-doctor";
import { StatusTag, type StatusTone } from "@/components/ui/status-tag";
import { compareRights } from "@/lib/altinn/rights-compare";
import {
  canRenew,
  changeWaiting,
  isApproved,
  rightsChange,
  type Customer,
  type Holdings,
} from "@/lib/customers/model";
import { isTrustedConfirmUrl, type Environment } from "@/lib/environments";
import type { CustomerMessages } from "@/lib/i18n/messages/customer";
import type { CustomersListMessages } from "@/lib/i18n/messages/customers-list";
import { format } from "@/lib/i18n/types";
import { ConfirmUrl } from "./confirm-url";
import { RequestActions, type CustomerActionKind } from "./request-actions";
import { statusLabel } from "./status-label";

/** One customer of the list: its request, its own status, the approval link while it waits, and its actions. */
export function CustomerCard({
  customer: c,
  system,
  name,
  active,
  openLink,
  env,
  t,
  tl,
  copyLabel,
  copiedLabel,
  doctorTexts,
  pendingLabel,
}: {
  customer: Customer;
  /** What the system offers now, to compare the system user's holdings with (null: unreadable system). */
  system: Holdings | null;
  name: string | null;
  /** Steps 6–7 act for this customer. */
  active: boolean;
  /** A short list: the approval link unfolded, with its QR code; a long one: folded, link and copy only. */
  openLink: boolean;
  env: Environment;
  t: CustomerMessages;
  tl: CustomersListMessages;
  copyLabel: string;
  copiedLabel: string;
  doctorTexts: ErrorDoctorTexts;
  pendingLabel: string;
}) {
  const titleId = `customer-${c.orgNo}-title`;
  const label =
    c.status === "Withdrawn"
      ? tl.local.Withdrawn
      : c.status === "Failed"
        ? format(tl.local.Failed, { code: c.errorCode ?? "?" })
        : statusLabel(t, c.status);
  const approved = isApproved(c);
  const change = system ? rightsChange(c, system) : null;
  const changePending = changeWaiting(c);
  // An agent system user cannot be changed (contracts-more §2): say what differs and what to do instead.
  const agentDiff =
    system && approved && c.kind === "agent" && c.held ? compareRights(system, c.held, "agent") : null;
  const kinds: CustomerActionKind[] = [];
  if (change && !changePending) kinds.push("change");
  if (approved && !active) kinds.push("choose");
  if (canRenew(c)) kinds.push("renew");
  if (c.status === "New") kinds.push("withdraw");
  const uiHost = hostOf(env.altinn.uiUrl);

  return (
    <li>
      <section aria-labelledby={titleId} className="space-y-3 rounded-md border border-line bg-surface p-4">
        <h3 id={titleId} className="font-semibold">
          {format(tl.customerHeading, { name: name ? `${name} (${c.orgNo})` : c.orgNo })}
        </h3>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t.field.externalRef}</dt>
          <dd className="break-all font-mono">{c.externalRef}</dd>
          {c.requestId && (
            <>
              <dt className="font-semibold">{t.field.id}</dt>
              <dd className="break-all font-mono">{c.requestId}</dd>
            </>
          )}
          <dt className="font-semibold">{tl.statusLabel}</dt>
          <dd data-status={c.status} data-org={c.orgNo} className="flex flex-wrap items-center gap-2">
            <StatusTag tone={statusTone(c.status)}>{label}</StatusTag>
            {active && <StatusTag tone="info">{tl.active}</StatusTag>}
          </dd>
          {c.systemUserId && (
            <>
              <dt className="font-semibold">{t.field.systemUser}</dt>
              <dd className="break-all font-mono">{c.systemUserId}</dd>
            </>
          )}
        </dl>
        {c.status === "New" && c.confirmUrl && (
          <details open={openLink} className="space-y-2">
            <summary className="cursor-pointer font-semibold">{t.field.confirmUrl}</summary>
            <ConfirmUrl
              url={c.confirmUrl}
              trusted={isTrustedConfirmUrl(env, c.confirmUrl)}
              expectedHost={uiHost}
              t={t}
              copyLabel={copyLabel}
              copiedLabel={copiedLabel}
              qr={openLink}
            />
          </details>
        )}
        {c.status === "Accepted" && !c.systemUserId && <Alert tone="warning">{t.acceptedNoUser}</Alert>}
        {change && !changePending && (
          <Alert tone="warning" role="status">
            {c.held
              ? format(tl.rightsChanged, {
                  required: [...change.requiredRights, ...change.requiredAccessPackages].join(", ") || "–",
                })
              : tl.rightsUnknown}
          </Alert>
        )}
        {agentDiff?.kind === "new-agent-system-user" && (
          <Alert tone="warning" role="status">
            {format(tl.agentChanged, { missing: agentDiff.missingAccessPackages.join(", ") || "–" })}
          </Alert>
        )}
        {c.change && (
          <div className="space-y-2">
            <h4 className="font-semibold">{tl.changeTitle}</h4>
            <p data-change-status={c.change.status}>
              {format(tl.changeStatus, { status: statusLabel(t, c.change.status) })}
            </p>
            {changePending && c.change.confirmUrl && (
              <ConfirmUrl
                url={c.change.confirmUrl}
                trusted={isTrustedConfirmUrl(env, c.change.confirmUrl)}
                expectedHost={uiHost}
                t={t}
                copyLabel={copyLabel}
                copiedLabel={copiedLabel}
                qr={openLink}
              />
            )}
          </div>
        )}
        {kinds.length > 0 && (
          <RequestActions
            orgNo={c.orgNo}
            kinds={kinds}
            status={c.status}
            t={t}
            tl={tl}
            doctorTexts={doctorTexts}
            pendingLabel={pendingLabel}
          />
        )}
      </section>
    </li>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Approved is green, waiting is blue, refused or failed is red, withdrawn is grey. */
function statusTone(status: string): StatusTone {
  if (status === "Accepted") return "success";
  if (status === "New") return "info";
  if (status === "Withdrawn") return "neutral";
  return "danger";
}
