import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminShell } from "@/components/admin/AdminShell";
import { CreateEntityForm } from "@/components/admin/forms/CreateEntityForm";
import { factChoices, factFields, newFactsValues } from "@/lib/admin/facts";
import { canManageContent } from "@/lib/auth/access";
import { adminMetadata, forbiddenMetadata, notFoundMetadata } from "@/lib/admin/titles";
import { currentActor, currentUiLocale, requireActor } from "@/lib/auth/session";
import { isContentType } from "@/lib/cache-tags";
import { autonyms } from "@/lib/i18n/locales";
import { locales } from "@/lib/i18n/routing";

type Props = { searchParams: Promise<{ type?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { type = "" } = await searchParams;
  const actor = await currentActor();
  const locale = actor?.uiLocale ?? (await currentUiLocale());
  if (actor && !canManageContent(actor)) return forbiddenMetadata(locale);
  if (!isContentType(type)) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "Editor" });
  const singular = await getTranslations({ locale, namespace: "ContentType" });
  return adminMetadata(locale, t("new", { type: singular(type) }));
}

export default async function NewContentPage({ searchParams }: Props) {
  const { type = "" } = await searchParams;
  const actor = await requireActor(canManageContent, `/admin/content/new?type=${type}`);
  if (!isContentType(type)) notFound();
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const singular = await getTranslations({ locale: ui, namespace: "ContentType" });
  const choices = await factChoices(ui);
  return (
    <AdminShell
      actor={actor}
      section="content"
      title={t("new", { type: singular(type) })}
      namespaces={["Editor"]}
    >
      <p className="mb-6">
        <Link href="/admin/content">← {t("back")}</Link>
      </p>
      <h2 id="create-heading" className="sr-only">
        {t("new", { type: singular(type) })}
      </h2>
      <div className="max-w-2xl">
        <CreateEntityForm
          type={type}
          // The admin's own language first.
          locales={[ui, ...locales.filter((l) => l !== ui)].map((l) => ({
            value: l,
            label: autonyms[l],
            lang: l,
          }))}
          fields={await factFields(type, ui, choices)}
          values={newFactsValues(type, choices)}
          draftKey={`${actor.id}:create:${type}`}
        />
      </div>
    </AdminShell>
  );
}
