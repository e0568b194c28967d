"use client";

import { useTranslations } from "next-intl";

/**
 * The translated text of an error code or field-error key (Errors namespace). "Too long" names
 * the limit when the field has one; an unknown key reads as a generic invalid value.
 */
export function useErrorText() {
  const t = useTranslations("Errors");
  return (key: string, params: { max?: number; count?: number; seconds?: number } = {}) => {
    if (key === "tooLong" && params.max)
      return t("tooLongLimit", { max: params.max, count: params.count ?? 0 });
    if (key === "RATE_LIMITED") return t("rateLimitedFor", { seconds: params.seconds ?? 60 });
    return t.has(key as "invalidValue") ? t(key as "invalidValue") : t("invalidValue");
  };
}
