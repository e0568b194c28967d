import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminShell } from "@/components/admin/AdminShell";
import { CreateEntityForm } from "@/components/admin/ContentForms";
import { formMessages } from "@/components/admin/messages";
import { factFields } from "@/lib/admin/facts";
import { canManageContent } from "@/lib/auth/access";
import { requireActor } from "@/lib/auth/session";
import { contentTypes, type ContentType } from "@/lib/cache-tags";
import { autonyms } from "@/lib/i18n/locales";
import { locales } from "@/lib/i18n/routing";

export const metadata: Metadata = { title: "New" };

export default async function NewContentPage({ searchParams }: { searchParams: Promise<{ type?: string }> }) {
  const { type } = await searchParams;
  const actor = await requireActor(canManageContent, `/admin/content/new?type=${type ?? ""}`);
  if (!type || !(contentTypes as readonly string[]).includes(type)) notFound();
  const locale = actor.uiLocale;
  const t = await getTranslations({ locale, namespace: "Editor" });
  const types = await getTranslations({ locale, namespace: "ContentTypes" });
  return (
    <AdminShell actor={actor} section="content" title={t("new", { type: types(type as ContentType) })}>
      <p className="mb-6">
        <Link href="/admin/content">← {t("back")}</Link>
      </p>
      <div className="max-w-2xl">
        <CreateEntityForm
          type={type}
          locales={[...locales]
            .sort((a) => (a === locale ? -1 : 0))
            .map((l) => ({ value: l, label: autonyms[l] }))}
          fields={await factFields(type as ContentType, null, locale)}
          labels={{ firstLanguage: t("firstLanguage"), name: t("name"), create: t("create") }}
          messages={await formMessages(locale)}
        />
      </div>
    </AdminShell>
  );
}
