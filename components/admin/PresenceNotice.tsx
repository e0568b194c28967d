import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { HEARTBEAT_MS, readOthersPresent } from "@/lib/admin/presence";
import { canEdit, type Actor } from "@/lib/auth/access";
import type { ContentType } from "@/lib/cache-tags";
import type { Locale } from "@/lib/i18n/routing";
import { PresenceHeartbeat } from "./PresenceHeartbeat";

/**
 * Who else had this translation open in the last 15 minutes ("Anna opened this translation
 * 2 minutes ago"), without locking anything, and the heartbeat that tells the others about this
 * page. Renders nothing for someone who may not edit the language.
 */
export async function PresenceNotice({
  actor,
  type,
  id,
  locale,
}: {
  actor: Actor;
  type: ContentType;
  id: string;
  locale: Locale;
}) {
  if (!canEdit(actor, locale)) return null;
  const now = new Date();
  const others = await readOthersPresent({ type, id, locale }, actor.id, now);
  const t = await getTranslations({ locale: actor.uiLocale, namespace: "Presence" });
  const format = await getFormatter({ locale: actor.uiLocale });
  return (
    <>
      <PresenceHeartbeat type={type} id={id} locale={locale} intervalMs={HEARTBEAT_MS} />
      {others.length > 0 && (
        <Notice tone="warning" role="note">
          <ul className="space-y-1 font-medium">
            {others.map((other) => (
              <li key={other.name + other.openedAt.toISOString()}>
                {other.stillThere
                  ? t("here", { name: other.name, time: format.relativeTime(other.openedAt, now) })
                  : t("left", { name: other.name, time: format.relativeTime(other.seenAt, now) })}
              </li>
            ))}
          </ul>
          <p className="mt-1">{t("hint")}</p>
        </Notice>
      )}
    </>
  );
}
