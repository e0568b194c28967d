"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type DragEvent, type FormEvent } from "react";
import { buttonClass } from "@/components/ui/Button";
import { reorderChildrenAction } from "@/lib/actions/bulk-actions";
import { initialFormState } from "@/lib/actions/form-state";
import type { ActionResult } from "@/lib/actions/pipeline";
import { useErrorText } from "../form/error-text";

export interface OrderItem {
  id: string;
  name: string;
  lang: string | null;
}

type Message = { text: string; tone: "status" | "alert" };

/** The order after moving `id` from its place to `to`. */
function moved(order: string[], id: string, to: number) {
  const next = order.filter((x) => x !== id);
  next.splice(to, 0, id);
  return next;
}

/**
 * A strategy's pillars or a pillar's projects, put in order by dragging or with each item's
 * Move up and Move down buttons; every move is saved at once and said in the live region. The
 * order as shown is sent with every move: when someone else has reordered meanwhile, the move is
 * refused and the list shows their order. Without JavaScript each button is a plain form post.
 */
export function OrderForm({
  parent,
  parentId,
  items,
}: {
  parent: "strategy" | "pillar";
  parentId: string;
  items: OrderItem[];
}) {
  const t = useTranslations("Order");
  const errorText = useErrorText();
  const [posted, formAction] = useActionState(reorderChildrenAction, initialFormState);
  const fromServer = items.map((i) => i.id);
  const [order, setOrder] = useState(fromServer);
  // The order the server last confirmed: what the next move says it was made from.
  const [seen, setSeen] = useState(fromServer);
  const [known, setKnown] = useState(items);
  const [sending, setSending] = useState(false);
  // The button pressed, to give the focus back to once its item has moved.
  const focus = useRef<{ id: string; direction: "up" | "down" } | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const messageOf = (result: ActionResult | null): Message | null => {
    if (!result) return null;
    if (result.ok) return { text: t("savedPlain"), tone: "status" };
    return { text: errorText(result.message ?? result.code), tone: "alert" };
  };
  const [message, setMessage] = useState<Message | null>(() => messageOf(posted.result));
  const alertRef = useRef<HTMLDivElement>(null);

  // A newer order from the server (the page refreshed) is taken while no move is being saved.
  const serverKey = fromServer.join();
  const [seenServerKey, setSeenServerKey] = useState(serverKey);
  if (serverKey !== seenServerKey && !sending) {
    setSeenServerKey(serverKey);
    setOrder(fromServer);
    setSeen(fromServer);
    setKnown(items);
  }
  const byId = new Map([...known, ...items].map((i) => [i.id, i]));

  // The moved item's button keeps the focus (the other one when it reached an end).
  useEffect(() => {
    const pressed = focus.current;
    if (!pressed) return;
    focus.current = null;
    const index = order.indexOf(pressed.id);
    const atEnd = pressed.direction === "up" ? index === 0 : index === order.length - 1;
    const direction = atEnd ? (pressed.direction === "up" ? "down" : "up") : pressed.direction;
    document.getElementById(`move-${pressed.id}-${direction}`)?.focus();
  }, [order]);

  useEffect(() => {
    if (message?.tone === "alert") alertRef.current?.focus();
  }, [message]);

  const save = async (next: string[], id: string) => {
    const name = byId.get(id)?.name ?? "";
    const position = next.indexOf(id) + 1;
    setOrder(next);
    setSending(true);
    setMessage({ text: t("moved", { name, position, count: next.length }), tone: "status" });
    const formData = new FormData();
    formData.set("parent", parent);
    formData.set("parentId", parentId);
    for (const x of seen) formData.append("seen", x);
    for (const x of next) formData.append("order", x);
    let result: ActionResult;
    try {
      result = (await reorderChildrenAction(initialFormState, formData)).result!;
    } catch {
      result = { ok: false, code: "UNAVAILABLE", message: "sendFailed" };
    }
    setSending(false);
    if (result.ok) {
      setSeen(next);
      setMessage({ text: t("saved", { name, position, count: next.length }), tone: "status" });
      return;
    }
    const current = result.code === "CONFLICT" ? (result.detail as { order?: string[] })?.order : undefined;
    const back = current ?? seen;
    setOrder(back);
    setSeen(back);
    setMessage({ text: errorText(result.message ?? result.code), tone: "alert" });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") ?? "";
    const [id, direction] = value.split(":") as [string, "up" | "down"];
    const from = order.indexOf(id);
    const to = from + (direction === "up" ? -1 : 1);
    if (sending || from < 0 || to < 0 || to >= order.length) return;
    focus.current = { id, direction };
    void save(moved(order, id, to), id);
  };

  const onDrop = (event: DragEvent, target: string) => {
    event.preventDefault();
    const id = dragging;
    setDragging(null);
    setOver(null);
    if (!id || id === target || sending) return;
    void save(moved(order, id, order.indexOf(target)), id);
  };

  return (
    <form action={formAction} onSubmit={onSubmit} aria-busy={sending || undefined}>
      <input type="hidden" name="parent" value={parent} />
      <input type="hidden" name="parentId" value={parentId} />
      {seen.map((id) => (
        <input key={id} type="hidden" name="seen" value={id} />
      ))}
      <div role="status" className={message?.tone === "status" ? "mb-4 font-medium" : "sr-only"}>
        {message?.tone === "status" ? message.text : ""}
      </div>
      {message?.tone === "alert" && (
        <div
          ref={alertRef}
          role="alert"
          tabIndex={-1}
          className="mb-4 border-l-4 border-red-700 bg-red-50 p-4 text-red-950 focus:outline-3 focus:outline-offset-2 focus:outline-red-700 dark:bg-slate-900 dark:text-red-100"
        >
          {message.text}
        </div>
      )}
      <ol aria-label={t("listLabel")} className="space-y-2">
        {order.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          return (
            <li
              key={id}
              draggable
              onDragStart={(event) => {
                event.dataTransfer.setData("text/plain", id);
                event.dataTransfer.effectAllowed = "move";
                setDragging(id);
              }}
              onDragEnd={() => {
                setDragging(null);
                setOver(null);
              }}
              onDragOver={(event) => {
                event.preventDefault();
                setOver(id);
              }}
              onDrop={(event) => onDrop(event, id)}
              className={`flex flex-wrap items-center gap-3 rounded-md border-2 bg-white p-3 dark:bg-slate-900 ${
                over === id && dragging && dragging !== id
                  ? "border-brand-700 border-dashed"
                  : "border-slate-300 dark:border-slate-600"
              } ${dragging === id ? "opacity-60" : ""}`}
            >
              <span aria-hidden="true" className="cursor-grab select-none text-xl" title={t("dragHint")}>
                ⠿
              </span>
              <span className="min-w-[4rem] text-sm text-slate-700 dark:text-slate-300">
                {t("position", { position: index + 1, count: order.length })}
              </span>
              <span className="flex-1 font-medium" lang={item.lang ?? undefined}>
                {item.name}
              </span>
              <span className="flex gap-2">
                <MoveButton id={id} direction="up" name={item.name} edge={index === 0} busy={sending} />
                <MoveButton
                  id={id}
                  direction="down"
                  name={item.name}
                  edge={index === order.length - 1}
                  busy={sending}
                />
              </span>
            </li>
          );
        })}
      </ol>
    </form>
  );
}

function MoveButton({
  id,
  direction,
  name,
  edge,
  busy,
}: {
  id: string;
  direction: "up" | "down";
  name: string;
  edge: boolean;
  busy: boolean;
}) {
  const t = useTranslations("Order");
  return (
    <button
      id={`move-${id}-${direction}`}
      type="submit"
      name="move"
      value={`${id}:${direction}`}
      // Focusable at the ends too, so the focus stays on the item; pressing it there does nothing.
      aria-disabled={edge || busy || undefined}
      aria-label={t(direction === "up" ? "moveUpName" : "moveDownName", { name })}
      className={`${buttonClass("secondary")} px-3 py-1 aria-disabled:opacity-60`}
    >
      <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
      {t(direction === "up" ? "moveUp" : "moveDown")}
    </button>
  );
}
