import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/AdminShell";
import { FilterSelect } from "@/components/admin/FilterForm";
import { XliffImportForm } from "@/components/admin/forms/XliffImportForm";
import { buttonClass } from "@/components/ui/Button";
import { filterFieldClass } from "@/components/ui/FilterSelect";
import { readExportCandidates } from "@/lib/admin/exchange";
import { adminMetadata } from "@/lib/admin/titles";
import { canEdit, canExchangeTranslations } from "@/lib/auth/access";
import { currentUiLocale, requireActor } from "@/lib/auth/session";
import { contentTypes, isContentType } from "@/lib/cache-tags";
import { XLIFF_MAX_BYTES, XLIFF_MAX_ITEMS } from "@/lib/exchange/xliff";
import { autonyms } from "@/lib/i18n/locales";
import { isLocale, locales, type Locale } from "@/lib/i18n/routing";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentUiLocale();
  const t = await getTranslations({ locale, namespace: "Exchange" });
  return adminMetadata(locale, t("title"));
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

const exportErrors = ["noItemsChosen", "tooManyItems", "sameLanguage", "invalidChoice"] as const;

function LanguageSelect(props: { name: string; label: string; value: Locale; options: readonly Locale[] }) {
  return (
    <div>
      <label htmlFor={`export-${props.name}`} className="mb-1 block font-medium">
        {props.label}
      </label>
      <select
        id={`export-${props.name}`}
        name={props.name}
        defaultValue={props.value}
        className={`${filterFieldClass} px-2`}
      >
        {props.options.map((l) => (
          <option key={l} value={l} lang={l}>
            {autonyms[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Translation exchange with an agency, as Drupal's TMGMT does it: export the source texts of
 * chosen items for one target language as XLIFF, and import the translated file as drafts.
 */
export default async function ExchangePage({ searchParams }: Props) {
  const actor = await requireActor(canExchangeTranslations, "/admin/translations/exchange");
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "Exchange" });
  const types = await getTranslations({ locale: ui, namespace: "ContentTypes" });
  const typeName = await getTranslations({ locale: ui, namespace: "ContentType" });
  const status = await getTranslations({ locale: ui, namespace: "Status" });
  const params = await searchParams;
  // The languages one may translate into; translators' own first.
  const targets = [...actor.locales, ...locales.filter((l) => !actor.locales.includes(l))].filter((l) =>
    canEdit(actor, l),
  );
  const source: Locale = isLocale(one(params.source)) ? (one(params.source) as Locale) : "nl";
  const askedTarget = one(params.target);
  const target: Locale =
    isLocale(askedTarget) && targets.includes(askedTarget)
      ? askedTarget
      : (targets.find((l) => l !== source) ?? targets[0]);
  const typeParam = one(params.type);
  const type = isContentType(typeParam) ? typeParam : undefined;
  const error = (exportErrors as readonly string[]).includes(one(params.error))
    ? (one(params.error) as (typeof exportErrors)[number])
    : null;
  const candidates = source !== target ? await readExportCandidates({ source, target, type }) : [];
  return (
    <AdminShell
      actor={actor}
      section="translations"
      title={t("title")}
      namespaces={["Exchange", "Editor", "ContentType"]}
    >
      <p className="mb-2 max-w-prose">{t("intro")}</p>
      <p className="mb-6">
        <Link href="/admin/translations">{t("backToTranslations")}</Link>
      </p>

      <section aria-labelledby="export-heading" className="mb-10">
        <h2 id="export-heading" className="mb-2 text-xl">
          {t("exportHeading")}
        </h2>
        <p className="mb-4 max-w-prose">{t("exportIntro", { max: XLIFF_MAX_ITEMS })}</p>
        <form
          method="get"
          action="/admin/translations/exchange"
          aria-label={t("chooseLanguages")}
          className="mb-6 flex flex-wrap items-end gap-3"
        >
          <LanguageSelect name="source" label={t("sourceLanguage")} value={source} options={locales} />
          <LanguageSelect name="target" label={t("targetLanguage")} value={target} options={targets} />
          <FilterSelect
            name="type"
            id="export-type"
            label={t("type")}
            value={type}
            all={t("allTypes")}
            options={contentTypes.map((ct) => ({ value: ct, label: types(ct) }))}
          />
          <button type="submit" className={buttonClass("secondary")}>
            {t("showItems")}
          </button>
        </form>

        {error && (
          <div
            role="alert"
            className="mb-4 border-l-4 border-red-700 bg-red-50 p-4 text-red-950 dark:bg-slate-900 dark:text-red-100"
          >
            <h3 className="font-semibold">{t("exportProblem")}</h3>
            <p>
              <a href="#export-items" className="underline">
                {t(`exportErrors.${error}`, { max: XLIFF_MAX_ITEMS })}
              </a>
            </p>
          </div>
        )}

        {source === target ? (
          <p role="status">{t("sameLanguage")}</p>
        ) : candidates.length === 0 ? (
          <p role="status">{t("noCandidates", { language: autonyms[source] })}</p>
        ) : (
          <form method="get" action="/api/admin/xliff">
            <input type="hidden" name="source" value={source} />
            <input type="hidden" name="target" value={target} />
            {type && <input type="hidden" name="type" value={type} />}
            <fieldset id="export-items" tabIndex={-1} className="mb-4">
              <legend className="mb-2 font-medium">
                {t("itemsLegend", {
                  source: autonyms[source],
                  target: autonyms[target],
                  count: candidates.length,
                })}
              </legend>
              <ul className="max-h-[32rem] space-y-1 overflow-y-auto rounded border border-slate-300 p-2 dark:border-slate-600">
                {candidates.map((c) => (
                  <li key={`${c.type}:${c.id}`}>
                    <label className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        name="item"
                        value={`${c.type}:${c.id}`}
                        className="mt-1 size-5 shrink-0"
                      />
                      <span>
                        <span lang={source}>{c.name}</span>{" "}
                        <span className="text-sm text-slate-600 dark:text-slate-300">
                          ({typeName(c.type)}; {autonyms[target]}: {status(c.targetState)})
                        </span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <button type="submit" className={buttonClass("primary")}>
              {t("download")}
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby="import-heading">
        <h2 id="import-heading" className="mb-2 text-xl">
          {t("importHeading")}
        </h2>
        <p className="mb-4 max-w-prose">{t("importIntro", { kb: Math.floor(XLIFF_MAX_BYTES / 1024) })}</p>
        <XliffImportForm
          languages={targets.map((l) => ({ value: l, label: autonyms[l], lang: l }))}
          language={target}
          maxBytes={XLIFF_MAX_BYTES}
        />
      </section>
    </AdminShell>
  );
}
