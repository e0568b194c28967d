import { getTranslations } from "next-intl/server";
import type { EditorView } from "@/lib/admin/editor";
import type { ReviewState } from "@/lib/admin/reviews";
import { canPreview, canPublish, canReview, type Actor } from "@/lib/auth/access";
import type { Locale } from "@/lib/i18n/routing";
import { ArchiveForm } from "../forms/ArchiveForm";
import { AssignReviewerForm } from "../forms/AssignReviewerForm";
import { ReviewForm } from "../forms/ReviewForm";
import { WithdrawForm } from "../forms/WithdrawForm";
import { SchedulePanel } from "./SchedulePanel";

/** Beside the form: preview, the review decision, archiving and planning, as the role allows. */
export async function WorkflowPanel({
  actor,
  view,
  editing,
  review,
}: {
  actor: Actor;
  view: EditorView;
  editing: Locale;
  review: ReviewState;
}) {
  const ui = actor.uiLocale;
  const t = await getTranslations({ locale: ui, namespace: "Editor" });
  const languages = await getTranslations({ locale: ui, namespace: "Languages" });
  const reviewT = await getTranslations({ locale: ui, namespace: "Review" });
  const current = view.states[editing];
  if (!current) return null;
  const ref = { type: view.type, id: view.id, locale: editing, version: current.version };
  // A withdrawn page is still at its address: it can be archived, or its explanation rewritten.
  const onSite = current.publicStatus === "published" || current.publicStatus === "withdrawn";
  return (
    <aside aria-label={t("actions")} className="space-y-6">
      {canPreview(actor) && (
        <form method="post" action="/api/draft">
          <input type="hidden" name="type" value={view.type} />
          <input type="hidden" name="id" value={view.id} />
          <input type="hidden" name="locale" value={editing} />
          <p className="mb-2 text-sm">{t("previewHint")}</p>
          <button type="submit" className="rounded-md border-2 border-brand-700 px-4 py-2 font-medium">
            {t("preview")}
          </button>
        </form>
      )}
      {current.status === "in_review" && canReview(actor, editing) && (
        <section aria-labelledby="review-heading">
          <h3 id="review-heading" className="mb-2 text-lg">
            {t("review")}
          </h3>
          <p className="mb-2 text-sm">
            {review.reviewerName
              ? reviewT("askedOf", { name: review.reviewerName })
              : reviewT("askedOfAnyone")}
          </p>
          {/* Sending back stays possible: the author takes their own text back to draft. */}
          <ReviewForm {...ref} canApprove={!review.secondPair || current.authorId !== actor.id} />
          <div className="mt-4">
            <AssignReviewerForm
              {...ref}
              reviewerId={review.reviewerId}
              reviewers={review.reviewers
                .filter((r) => !review.secondPair || r.id !== current.authorId)
                .map((r) => ({ value: r.id, label: r.name }))}
            />
          </div>
        </section>
      )}
      {onSite && canPublish(actor, editing) && (
        <section aria-labelledby="off-site-heading" className="space-y-4">
          <h3 id="off-site-heading" className="text-lg">
            {t("offSiteHeading")}
          </h3>
          <ArchiveForm {...ref} language={languages(editing)} path={view.publicPath} />
          <WithdrawForm
            {...ref}
            language={languages(editing)}
            path={view.publicPath}
            draftKey={`${actor.id}:withdraw:${view.type}:${view.id}:${editing}`}
          />
        </section>
      )}
      {canPublish(actor, editing) && (
        <SchedulePanel ui={ui} view={view} editing={editing} canArchive={onSite} />
      )}
    </aside>
  );
}
