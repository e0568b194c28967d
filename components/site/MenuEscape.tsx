"use client";

import { useEffect } from "react";

/**
 * Escape, pressed in the phone menu (a <details>, which browsers do not close on Escape), closes
 * it and puts the focus back on its button, as a disclosure's keyboard users expect. Without JavaScript the menu
 * still opens and closes with its button.
 */
export function MenuEscape({ menuId }: { menuId: string }) {
  useEffect(() => {
    const close = (event: KeyboardEvent) => {
      const menu = document.getElementById(menuId);
      if (event.key !== "Escape" || !(menu instanceof HTMLDetailsElement) || !menu.open) return;
      // Only from the menu or the header it opens in (its links, the languages below them):
      // Escape elsewhere (a form field, a dialog) is not the menu's.
      if (!(menu.closest("header") ?? menu).contains(document.activeElement)) return;
      menu.open = false;
      menu.querySelector("summary")?.focus();
    };
    document.addEventListener("keydown", close);
    return () => document.removeEventListener("keydown", close);
  }, [menuId]);
  return null;
}
