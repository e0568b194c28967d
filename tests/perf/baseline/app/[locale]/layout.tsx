import type { ReactNode } from "react";

export function generateStaticParams() {
  return [{ locale: "nl" }, { locale: "fr" }, { locale: "en" }];
}

export const dynamicParams = false;

export default async function RootLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  return (
    <html lang={(await params).locale}>
      <body>{children}</body>
    </html>
  );
}
