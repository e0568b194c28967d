"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Dialog } from "./Dialog";

interface Registry {
  report: (formId: string, dirty: boolean) => void;
}

const UnsavedContext = createContext<Registry | null>(null);

export const useUnsavedChanges = () => useContext(UnsavedContext);

/**
 * Warns before leaving a page with unsaved changes: the browser's own question when the tab is
 * closed or reloaded, and a dialog for links inside the admin (a language tab, the menu, a copy
 * of another language, marked `data-replaces-form`, which replaces the form's values). The
 * changes are kept in this browser either way; the warning says that nobody else sees them yet.
 */
export function UnsavedChanges({ children }: { children: ReactNode }) {
  const t = useTranslations("Form");
  const router = useRouter();
  const dirtyForms = useRef(new Set<string>());
  const [anyDirty, setAnyDirty] = useState(false);
  // Where a link would go, and whether it replaces the form's values (a copy) or leaves the page.
  const [leaving, setLeaving] = useState<{ target: string; replaces: boolean } | null>(null);
  const registry = useMemo<Registry>(
    () => ({
      report(formId, dirty) {
        if (dirty) dirtyForms.current.add(formId);
        else dirtyForms.current.delete(formId);
        setAnyDirty(dirtyForms.current.size > 0);
      },
    }),
    [],
  );

  useEffect(() => {
    if (!anyDirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    // Links are caught before Next's router sees them; a modified click (new tab) is let through.
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
      if (link.hasAttribute("data-keeps-form")) return;
      const url = new URL(link.href, window.location.href);
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      event.preventDefault();
      event.stopPropagation();
      setLeaving({
        target: url.origin === window.location.origin ? url.pathname + url.search + url.hash : url.href,
        replaces: link.hasAttribute("data-replaces-form"),
      });
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [anyDirty]);

  const leave = () => {
    const target = leaving?.target;
    setLeaving(null);
    if (!target) return;
    // The forms stay dirty until this page goes: without this the browser would ask again.
    dirtyForms.current.clear();
    setAnyDirty(false);
    if (target.startsWith("/")) router.push(target);
    else window.location.assign(target);
  };

  return (
    <UnsavedContext.Provider value={registry}>
      {children}
      <Dialog
        open={leaving !== null}
        title={leaving?.replaces ? t("replaceTitle") : t("leaveTitle")}
        confirm={leaving?.replaces ? t("replace") : t("leave")}
        cancel={leaving?.replaces ? t("replaceCancel") : t("stay")}
        onConfirm={leave}
        onCancel={() => setLeaving(null)}
      >
        <p>{leaving?.replaces ? t("replaceText") : t("leaveText")}</p>
      </Dialog>
    </UnsavedContext.Provider>
  );
}
