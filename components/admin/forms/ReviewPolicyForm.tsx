"use client";

import { useTranslations } from "next-intl";
import { setReviewPolicyAction } from "@/lib/actions/review-actions";
import type { ContentType } from "@/lib/cache-tags";
import { ActionForm, type Values } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { Checkbox, SelectField } from "../form/fields";

interface Saved {
  version: number;
  siteRequired: boolean;
  perType: Partial<Record<ContentType, boolean>>;
}

/** The policy as form values: the site's checkbox and, per type, "site", "required" or "not_required". */
export function policyValues(types: readonly ContentType[], policy: Omit<Saved, "version">): Values {
  const rule = (t: ContentType) =>
    policy.perType[t] === undefined ? "site" : policy.perType[t] ? "required" : "not_required";
  return {
    siteRequired: policy.siteRequired ? "on" : "",
    ...Object.fromEntries(types.map((t) => [`type_${t}`, rule(t)])),
  };
}

/** The second pair of eyes: for the whole site, and per content type where it differs. */
export function ReviewPolicyForm(p: {
  types: readonly ContentType[];
  typeLabels: Record<ContentType, string>;
  policy: Saved;
}) {
  const t = useTranslations("Review");
  return (
    <ActionForm<Saved>
      id="review-policy"
      action={setReviewPolicyAction}
      values={policyValues(p.types, p.policy)}
      version={String(p.policy.version)}
      versionField="version"
      labelledBy="policy-heading"
      savedOf={(saved) => ({ version: String(saved.version), values: policyValues(p.types, saved) })}
      success={() => <p>{t("policySaved")}</p>}
    >
      <p className="mb-3 max-w-prose">{t("policyIntro")}</p>
      <Checkbox name="siteRequired" label={t("siteRequired")} />
      <fieldset className="space-y-3 rounded border border-slate-300 p-4 dark:border-slate-600">
        <legend className="px-1 font-medium">{t("perType")}</legend>
        {p.types.map((type) => (
          <SelectField
            key={type}
            name={`type_${type}`}
            label={p.typeLabels[type]}
            options={[
              { value: "site", label: t("rule_site") },
              { value: "required", label: t("rule_required") },
              { value: "not_required", label: t("rule_not_required") },
            ]}
          />
        ))}
      </fieldset>
      <SubmitButton>{t("savePolicy")}</SubmitButton>
    </ActionForm>
  );
}
