import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { currentUiLocale } from "@/lib/auth/session";
import "../globals.css";

/** Each page has a title of its own (lib/admin/titles.ts); this one is for a page without. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await currentUiLocale(), namespace: "Admin" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The admin's own root layout: never cached or prerendered; each page checks access itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={await currentUiLocale()}>
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}
