"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A message that is the result of what the editor just did on another page (an item deleted,
 * then the list): it takes the focus when the page opens, so it is seen and read out first.
 */
export function FocusOnArrival({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="focus:outline-3 focus:outline-offset-2 focus:outline-green-700">
      {children}
    </div>
  );
}
