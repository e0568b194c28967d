"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { restoreFromTrashAction } from "@/lib/actions/content-actions";
import { ActionForm } from "../form/ActionForm";
import { SubmitButton } from "../form/buttons";
import { HiddenField } from "../form/fields";

/** Brings a deleted item back from the trash; the answer links to its editor. */
export function RestoreTrashForm({ trashId, name }: { trashId: string; name: string }) {
  const t = useTranslations("Trash");
  return (
    <ActionForm<{ type: string; id: string }>
      id={`restore-${trashId}`}
      action={restoreFromTrashAction}
      success={(restored) => (
        <p>
          {t("restored")} <Link href={`/admin/content/${restored.type}/${restored.id}`}>{name}</Link>
        </p>
      )}
    >
      <HiddenField name="trashId" value={trashId} />
      <SubmitButton>
        {t("restore")}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
    </ActionForm>
  );
}
