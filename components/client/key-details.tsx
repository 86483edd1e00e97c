import { Alert } from "@/components/ui/alert";
import { CodeBlock } from "@/components/ui/code-block";
import type { ClientMessages } from "@/lib/i18n/messages/client";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/types";
import type { PublicJwk } from "@/lib/session/state";
import { DownloadButton } from "./download-button";
import { ForgetKey } from "./forget-key";
import { PrivateKeyDownload } from "./private-key-download";

export interface KeyView {
  kid: string;
  publicJwk: PublicJwk;
  source: "generated" | "pem" | "jwk";
  createdAt: number;
  downloaded: boolean;
}

/** The key once made: its public parts to copy or download, the one-time private download, and "forget". */
export function KeyDetails({
  keyView,
  texts,
  common,
  locale,
}: {
  keyView: KeyView;
  texts: ClientMessages;
  common: CommonMessages;
  locale: Locale;
}) {
  const jwk = JSON.stringify(keyView.publicJwk, null, 2);
  const jwks = JSON.stringify({ keys: [keyView.publicJwk] }, null, 2);
  return (
    <div className="space-y-4">
      <Alert tone="success" title={texts.keyReady}>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{texts.kid}</dt>
          <dd className="break-all font-mono">{keyView.kid}</dd>
          <dt className="font-semibold">{texts.createdAt}</dt>
          <dd>
            {texts.source[keyView.source]}, {formatDateTime(keyView.createdAt, locale)}
          </dd>
        </dl>
      </Alert>
      <CodeBlock
        id="public-jwk"
        label={texts.publicJwk}
        code={jwk}
        copyLabel={common.copy}
        copiedLabel={common.copied}
      />
      <CodeBlock
        id="public-jwks"
        label={texts.jwks}
        code={jwks}
        copyLabel={common.copy}
        copiedLabel={common.copied}
      />
      <div className="flex flex-wrap gap-3">
        <DownloadButton filename={`${keyView.kid}.jwk.json`} content={jwk} label={texts.downloadJwk} />
        <DownloadButton filename={`${keyView.kid}.jwks.json`} content={jwks} label={texts.downloadJwks} />
      </div>
      <section
        aria-labelledby="private-key-title"
        className="space-y-2 rounded-md border border-line bg-surface p-4"
      >
        <h3 id="private-key-title" className="font-semibold">
          {texts.privateTitle}
        </h3>
        {keyView.downloaded ? (
          <p className="text-sm" role="status">
            {texts.downloaded}
          </p>
        ) : (
          <>
            <p className="text-sm">{texts.privateOnce}</p>
            <PrivateKeyDownload
              kid={keyView.kid}
              label={texts.downloadPrivate}
              failedText={texts.downloadFailed}
              pendingLabel={common.pending}
            />
          </>
        )}
        <ForgetKey texts={texts} pendingLabel={common.pending} />
      </section>
    </div>
  );
}
