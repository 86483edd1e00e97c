import "server-only";
import { toString as qrSvg } from "qrcode";
import { Alert } from "@/components/ui/alert";
import { CopyButton } from "@/components/ui/copy-button";
import type { CustomerMessages } from "@/lib/i18n/messages/customer";
import { format } from "@/lib/i18n/types";
import { WithTerms } from "@/components/ui/with-terms";

/**
 * The approval link for the customer. Shown as a link, with copy and a QR code (an SVG rendered here, no
 * client script), only when it points into the environment's Altinn UI; otherwise as plain text with a
 * warning, since a link from an API answer is not to be trusted blindly (design: security).
 */
export async function ConfirmUrl({
  url,
  trusted,
  expectedHost,
  t,
  copyLabel,
  copiedLabel,
  qr = true,
}: {
  url: string;
  trusted: boolean;
  expectedHost: string;
  t: CustomerMessages;
  copyLabel: string;
  copiedLabel: string;
  /** Off in a long list of customers: hundreds of QR codes would make the page megabytes long. */
  qr?: boolean;
}) {
  if (!trusted) {
    return (
      <div className="space-y-2">
        <Alert tone="warning">{format(t.untrustedUrl, { host: expectedHost })}</Alert>
        <p className="break-all font-mono text-sm">{url}</p>
      </div>
    );
  }
  const svg = qr ? await qrSvg(url, { type: "svg", errorCorrectionLevel: "M", margin: 1, width: 176 }) : null;
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <div className="min-w-0 flex-1 space-y-2">
        <p className="text-sm">
          <WithTerms text={t.confirmIntro} />
        </p>
        <p className="break-all rounded-md border border-line bg-canvas p-2 font-mono text-xs">{url}</p>
        <div className="flex flex-wrap items-center gap-3">
          <a
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex items-center rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white hover:bg-accent-strong"
          >
            {t.open}
          </a>
          <CopyButton value={url} label={copyLabel} copiedLabel={copiedLabel} />
        </div>
      </div>
      {svg && (
        <div
          role="img"
          aria-label={t.qrLabel}
          className="size-44 shrink-0 rounded-md border border-line bg-white p-1"
          // The SVG is produced by the qrcode library from the URL; it carries no markup from the URL itself.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      )}
    </div>
  );
}
