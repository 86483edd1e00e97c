import "server-only";
import { Alert } from "@/components/ui/alert";
import type { ErrorDoctorTexts } from "@/components/ui/error-doctor";
import { hasSystemUserFor, isFinalStatus } from "@/lib/altinn/request-flow";
import { isTrustedConfirmUrl, type Environment } from "@/lib/environments";
import type { CustomerMessages } from "@/lib/i18n/messages/customer";
import { format } from "@/lib/i18n/types";
import type { WizardState } from "@/lib/session/state";
import { ConfirmUrl } from "./confirm-url";
import { RequestActions } from "./request-actions";
import { StatusPoller } from "./status-poller";

type Request = NonNullable<WizardState["request"]>;

/** The current request: its details, the approval link while it waits, its live status and what to do next. */
export function RequestPanel({
  state,
  request,
  env,
  customerName,
  notice,
  t,
  copyLabel,
  copiedLabel,
  doctorTexts,
  pendingLabel,
}: {
  state: WizardState;
  request: Request;
  env: Environment;
  customerName: string | null;
  notice: string | null;
  t: CustomerMessages;
  copyLabel: string;
  copiedLabel: string;
  doctorTexts: ErrorDoctorTexts;
  pendingLabel: string;
}) {
  const status = request.status;
  const accepted = status === "Accepted";
  const userFound = accepted && hasSystemUserFor(state);
  const final = isFinalStatus(status) && (!accepted || userFound);
  const failed =
    status === "Rejected" || status === "Denied" || status === "Timedout" || status === "NotFound";
  const uiHost = (() => {
    try {
      return new URL(env.altinn.uiUrl).host;
    } catch {
      return env.altinn.uiUrl;
    }
  })();

  return (
    <section
      aria-labelledby="request-title"
      className="space-y-4 rounded-md border border-line bg-surface p-4"
    >
      <h2 id="request-title" className="text-lg font-semibold">
        {t.requestTitle}
      </h2>
      {notice && (
        <Alert tone={notice === "rejected" ? "warning" : "info"} role="status">
          {notice}
        </Alert>
      )}
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t.field.customer}</dt>
        <dd>{customerName ? `${customerName} (${request.partyOrgNo})` : request.partyOrgNo}</dd>
        <dt className="font-semibold">{t.field.externalRef}</dt>
        <dd className="break-all font-mono">{request.externalRef}</dd>
        {request.id && (
          <>
            <dt className="font-semibold">{t.field.id}</dt>
            <dd className="break-all font-mono">{request.id}</dd>
          </>
        )}
        <dt className="font-semibold">{t.field.status}</dt>
        <dd>
          <StatusPoller
            key={`${request.id}:${status}`}
            initialStatus={status}
            initialFinal={final}
            t={{ live: t.live, status: t.status }}
          />
        </dd>
      </dl>

      {status === "New" && request.confirmUrl && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t.field.confirmUrl}</h3>
          <ConfirmUrl
            url={request.confirmUrl}
            trusted={isTrustedConfirmUrl(env, request.confirmUrl)}
            expectedHost={uiHost}
            t={t}
            copyLabel={copyLabel}
            copiedLabel={copiedLabel}
          />
        </div>
      )}

      {accepted &&
        (userFound ? (
          <Alert tone="success" title={t.acceptedTitle}>
            {format(t.acceptedBody, {
              id: state.systemUser?.id ?? "",
              org: customerName ?? request.partyOrgNo,
            })}
          </Alert>
        ) : (
          <Alert tone="warning">{t.acceptedNoUser}</Alert>
        ))}

      {failed && (
        <Alert
          tone="warning"
          title={
            status === "Timedout"
              ? t.timedoutTitle
              : status === "NotFound"
                ? t.status.NotFound
                : t.rejectedTitle
          }
        >
          {status === "Timedout" ? t.timedoutBody : status === "NotFound" ? t.notFoundBody : t.rejectedBody}
        </Alert>
      )}
      {failed && (
        <RequestActions
          kind="renew"
          status={status}
          t={t}
          doctorTexts={doctorTexts}
          pendingLabel={pendingLabel}
        />
      )}
      {status === "New" && (
        <RequestActions
          kind="withdraw"
          status={status}
          t={t}
          doctorTexts={doctorTexts}
          pendingLabel={pendingLabel}
        />
      )}
    </section>
  );
}
