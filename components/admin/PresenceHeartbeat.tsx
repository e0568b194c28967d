"use client";

import { useEffect } from "react";

const ENDPOINT = "/api/admin/presence";

/**
 * Tells the server that this translation is open here: at once, then every minute, and that it
 * was left when the page goes away (a beacon, which the browser still sends while unloading).
 */
export function PresenceHeartbeat({
  type,
  id,
  locale,
  intervalMs,
}: {
  type: string;
  id: string;
  locale: string;
  intervalMs: number;
}) {
  useEffect(() => {
    // This page's own id: a leave sent by another page (the one a reload replaced, another tab)
    // does not end this one.
    // (Not crypto.randomUUID: it exists only in secure contexts, and this needs no secrecy.)
    const page = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const body = (event: "heartbeat" | "leave") => new URLSearchParams({ type, id, locale, event, page });
    const beat = () => void fetch(ENDPOINT, { method: "POST", body: body("heartbeat") }).catch(() => {});
    const leave = () => navigator.sendBeacon(ENDPOINT, body("leave"));
    // A page restored from the back-forward cache is open again.
    const back = (event: PageTransitionEvent) => event.persisted && beat();
    beat();
    const timer = setInterval(beat, intervalMs);
    window.addEventListener("pagehide", leave);
    window.addEventListener("pageshow", back);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("pageshow", back);
      leave();
    };
  }, [type, id, locale, intervalMs]);
  return null;
}
