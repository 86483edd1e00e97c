import type { Metadata } from "next";
import type { ReactNode } from "react";
import { LocaleProvider } from "@/components/layout/locale-provider";
import { KeepFieldsetNames } from "@/components/ui/keep-fieldset-names";
import { common } from "@/lib/i18n/messages/common";
import { getLocale } from "@/lib/i18n/server";
import "@fontsource-variable/inter/wght.css";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = common[await getLocale()];
  return { title: t.appName, description: t.appDescription };
}

/**
 * Only what every page shares. The wizard's header (name, environment, language, "start over") is rendered by
 * the wizard's own pages (WizardChrome); the simulated Altinn pages under /sim have a frame of their own.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} data-size="sm">
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-surface focus:p-2"
        >
          {common[locale].skipToContent}
        </a>
        <KeepFieldsetNames />
        <LocaleProvider locale={locale}>{children}</LocaleProvider>
      </body>
    </html>
  );
}
