import { getTranslations } from "next-intl/server";
import type { EditorView } from "@/lib/admin/editor";
import { factChoices, factFields } from "@/lib/admin/facts";
import { canManageContent, type Actor } from "@/lib/auth/access";
import { DeleteEntityForm } from "../forms/DeleteEntityForm";
import { FactsForm } from "../forms/FactsForm";

/** The item's language-independent facts, and deleting it: for editors. */
export async function FactsSection({
  actor,
  view,
  draftKey,
}: {
  actor: Actor;
  view: EditorView;
  draftKey: string;
}) {
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const manage = canManageContent(actor);
  return (
    <>
      <section
        aria-labelledby="facts-heading"
        className="mb-10 max-w-3xl rounded-lg border border-slate-200 p-5 dark:border-slate-700"
      >
        <h2 id="facts-heading" className="mb-3 text-xl">
          {t("facts")}
        </h2>
        {manage ? (
          <FactsForm
            type={view.type}
            id={view.id}
            updatedAt={view.facts.updatedAt}
            fields={await factFields(view.type, ui, await factChoices(ui), view.id)}
            values={view.facts.values}
            draftKey={draftKey}
          />
        ) : (
          <p>{t("factsReadOnly")}</p>
        )}
      </section>
      {manage && (
        <section
          aria-labelledby="delete-heading"
          className="mt-12 max-w-xl rounded-lg border-2 border-red-700 p-5"
        >
          <h2 id="delete-heading" className="mb-3 text-xl">
            {t("dangerZone")}
          </h2>
          <DeleteEntityForm type={view.type} id={view.id} name={view.name} />
        </section>
      )}
    </>
  );
}
