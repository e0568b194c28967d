import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AdminShell } from "@/components/admin/AdminShell";
import { OrderForm } from "@/components/admin/forms/OrderForm";
import { readChildrenOrder } from "@/lib/admin/order";
import { adminMetadata, forbiddenMetadata, notFoundMetadata } from "@/lib/admin/titles";
import { canManageContent } from "@/lib/auth/access";
import { currentActor, requireActor } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ type: string; id: string }> };

const isParent = (type: string): type is "strategy" | "pillar" => type === "strategy" || type === "pillar";

/** The title and the page read the order once per request. */
const readOnce = cache((type: "strategy" | "pillar", id: string, ui: Locale) =>
  readChildrenOrder(type, id, ui),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { type, id } = await params;
  const actor = await currentActor();
  if (!actor) return {};
  if (!canManageContent(actor)) return forbiddenMetadata(actor.uiLocale);
  const view = isParent(type) ? await readOnce(type, id, actor.uiLocale) : null;
  if (!view) return notFoundMetadata(actor.uiLocale);
  const t = await getTranslations({ locale: actor.uiLocale, namespace: "Order" });
  return adminMetadata(
    actor.uiLocale,
    t(type === "strategy" ? "titlePillars" : "titleProjects", { name: view.name }),
  );
}

/** A strategy's pillars or a pillar's projects, put in order by dragging or by keyboard. */
export default async function OrderPage({ params }: Props) {
  const { type, id } = await params;
  const actor = await requireActor(canManageContent, `/admin/content/${type}/${id}/order`);
  if (!isParent(type)) notFound();
  const ui = actor.uiLocale;
  const view = await readOnce(type, id, ui);
  if (!view) notFound();
  const t = await getTranslations({ locale: ui, namespace: "Order" });
  const title = t(type === "strategy" ? "titlePillars" : "titleProjects", { name: view.name });
  return (
    <AdminShell actor={actor} section="content" title={title} namespaces={["Order"]}>
      <p className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/admin/content/${type}/${id}?locale=${ui}`}>← {t("back", { name: view.name })}</Link>
        {view.strategy && (
          <Link href={`/admin/content/strategy/${view.strategy.id}/order`}>
            {t("strategyOf", { name: view.strategy.name })}
          </Link>
        )}
      </p>
      <p className="mb-6 max-w-prose">{t("intro")}</p>
      {view.children.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <OrderForm parent={type} parentId={id} items={view.children} />
      )}
      {type === "strategy" && view.children.length > 0 && (
        <ul className="mt-8 list-disc space-y-1 pl-5">
          {view.children.map((pillar) => (
            <li key={pillar.id}>
              <Link href={`/admin/content/pillar/${pillar.id}/order`}>
                {t("projectsOf", { name: pillar.name })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </AdminShell>
  );
}
