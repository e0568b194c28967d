import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUiLocale } from "@/lib/auth/session";

/** 403: signed in, but the role does not allow this page. */
export default async function Forbidden() {
  const t = await getTranslations({ locale: await currentUiLocale(), namespace: "Forbidden" });
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
      <h1 className="mb-4 text-3xl">{t("title")}</h1>
      <p className="mb-6 text-lg">{t("body")}</p>
      <Link href="/admin">{t("back")}</Link>
    </main>
  );
}
