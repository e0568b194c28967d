import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { requestLocale } from "@/lib/auth/admin-locale";
import { currentActor } from "@/lib/auth/session";
import "../globals.css";

export const metadata: Metadata = {
  title: { template: "%s | Admin", default: "Admin" },
  robots: { index: false, follow: false },
};

/** The admin's own root layout: never cached or prerendered; each page checks access itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  const locale = actor?.uiLocale ?? requestLocale(await headers());
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}
