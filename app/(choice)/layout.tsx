import type { ReactNode } from "react";
import "../globals.css";

export default function ChoiceLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl-BE">
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}
