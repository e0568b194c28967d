import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { notFoundMetadata } from "@/lib/admin/titles";
import { currentUiLocale } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return notFoundMetadata(await currentUiLocale());
}

/** An address under /admin that no page serves gets the admin's 404 (not-found.tsx), not the site's. */
export default function MissingAdminPage(): never {
  notFound();
}
