import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FieldChange } from "@/lib/altinn/diff";
import type { SystemMessages } from "@/lib/i18n/messages/system";

/** What a PUT will change, field by field, with the confirm and cancel buttons. */
export function SystemDiff({
  changes,
  changedMeanwhile,
  t,
  pending,
  pendingLabel,
  onConfirm,
  onCancel,
}: {
  changes: FieldChange[];
  changedMeanwhile: boolean;
  t: SystemMessages;
  pending: boolean;
  pendingLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <section
      aria-labelledby="diff-title"
      className="space-y-3 rounded-md border border-warning bg-surface p-4"
    >
      <h2 id="diff-title" className="text-lg font-semibold">
        {t.diffTitle}
      </h2>
      <Alert tone="warning">
        {changedMeanwhile ? `${t.diffChangedMeanwhile} ${t.diffIntro}` : t.diffIntro}
      </Alert>
      <div className="overflow-x-auto">
        <table className="stack w-full text-left text-sm">
          <caption className="sr-only">{t.diffTitle}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">
                {t.diffField}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t.diffBefore}
              </th>
              <th scope="col" className="py-2">
                {t.diffAfter}
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-3 font-mono text-xs font-semibold">
                  {c.field}
                </th>
                <td data-label={t.diffBefore} className="py-2 pr-3 break-all">
                  {c.removed?.length ? (
                    <span>
                      <span className="font-semibold text-danger">{t.diffRemoved}:</span>{" "}
                      {c.removed.join(", ")}
                      <br />
                    </span>
                  ) : null}
                  <span className="text-ink-subtle">{c.before ?? t.empty}</span>
                </td>
                <td data-label={t.diffAfter} className="py-2 break-all">
                  {c.added?.length ? (
                    <span>
                      <span className="font-semibold text-success">{t.diffAdded}:</span> {c.added.join(", ")}
                      <br />
                    </span>
                  ) : null}
                  <span>{c.after ?? t.empty}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onConfirm} pending={pending} pendingLabel={pendingLabel}>
          {t.confirmUpdate}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
          {t.cancel}
        </Button>
      </div>
    </section>
  );
}
