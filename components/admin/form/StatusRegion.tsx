"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

/** Shows a result in the page's status region; null empties it (a new action is under way). */
const AnnounceContext = createContext<((message: ReactNode | null) => void) | null>(null);

/** The page's status region, when the form is inside one (see StatusRegion). */
export const useAnnounce = () => useContext(AnnounceContext);

/**
 * One place on a page for the results of all its forms: the latest result replaces the previous
 * one (after "Approve and publish" the page no longer says "Submitted for review"), it takes the
 * focus so it is in view and read out, and it stays when the form that caused it disappears (an
 * archived translation has no archive form any more).
 */
export function StatusRegion({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ node: ReactNode; n: number } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const announce = useCallback(
    (node: ReactNode | null) => setMessage((m) => (node === null ? null : { node, n: (m?.n ?? 0) + 1 })),
    [],
  );
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <AnnounceContext.Provider value={announce}>
      <div
        ref={ref}
        role="status"
        tabIndex={-1}
        className={
          message
            ? "mb-6 scroll-mt-4 border-l-4 border-green-700 bg-green-50 p-4 text-green-950 focus:outline-3 focus:outline-offset-2 focus:outline-green-700 dark:bg-slate-900 dark:text-green-100"
            : "sr-only"
        }
      >
        {message?.node}
      </div>
      {children}
    </AnnounceContext.Provider>
  );
}
