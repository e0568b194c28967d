"use client";

import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/Button";
import type { DraftKind } from "./ActionForm";
import { formatDate } from "@/lib/time/dates";

/** Unsaved values found in this browser: put back already, or offered when the text moved on. */
export function LocalDraftNotice({
  kind,
  at,
  version,
  currentVersion,
  onRestore,
  onDiscard,
}: {
  kind: DraftKind;
  at: number;
  version: string;
  currentVersion: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("Form");
  const locale = useLocale();
  const time = formatDate(locale, new Date(at), { dateStyle: "medium", timeStyle: "short" });
  return (
    <div
      role="status"
      className="border-l-4 border-brand-700 bg-brand-50 p-4 text-brand-950 dark:bg-slate-900 dark:text-brand-100"
    >
      <p className="mb-3">
        {kind === "restored"
          ? t("draftRestored", { time })
          : kind === "aside"
            ? t("draftAside", { time })
            : t("draftOffered", { time, version, current: currentVersion })}
      </p>
      <div className="flex flex-wrap gap-3">
        {kind !== "restored" && (
          <button type="button" onClick={onRestore} className={buttonClass("primary")}>
            {t("draftRestore")}
          </button>
        )}
        <button type="button" onClick={onDiscard} className={buttonClass("secondary")}>
          {t("draftDiscard")}
        </button>
      </div>
    </div>
  );
}
