"use client";

import { useEffect } from "react";

/**
 * Moves the focus to an element once the page has loaded: a refused form's error summary, so
 * that a screen reader reads the reasons first and the keyboard starts from them (GOV.UK's
 * pattern). The element needs tabIndex={-1}. Without JavaScript the summary is the first thing
 * under the title and is marked as an alert.
 */
export function FocusOnLoad({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
