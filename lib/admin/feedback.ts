import "server-only";
import { db } from "@/lib/db";
import type { ContactKind, Locale } from "@/lib/generated/prisma/enums";

export const MESSAGES_PAGE_SIZE = 50;
/** Comments shown per page, newest first. */
const COMMENTS_PER_PAGE = 20;

export interface PageAnswers {
  path: string;
  yes: number;
  no: number;
  comments: { id: string; text: string; at: Date }[];
}

/** Per page: how many readers found it useful or not, and their comments; most answered first. */
export async function readPageAnswers(): Promise<PageAnswers[]> {
  const groups = await db.pageFeedback.groupBy({ by: ["path", "useful"], _count: { _all: true } });
  const pages = new Map<string, PageAnswers>();
  for (const g of groups) {
    const page = pages.get(g.path) ?? { path: g.path, yes: 0, no: 0, comments: [] };
    if (g.useful) page.yes = g._count._all;
    else page.no = g._count._all;
    pages.set(g.path, page);
  }
  const comments = await db.pageFeedback.findMany({
    where: { comment: { not: null } },
    orderBy: { commentedAt: "desc" },
    select: { id: true, path: true, comment: true, commentedAt: true, createdAt: true },
    take: 2000,
  });
  for (const c of comments) {
    const page = pages.get(c.path);
    if (page && page.comments.length < COMMENTS_PER_PAGE) {
      page.comments.push({ id: c.id, text: c.comment!, at: c.commentedAt ?? c.createdAt });
    }
  }
  return [...pages.values()].sort((a, b) => b.yes + b.no - (a.yes + a.no) || a.path.localeCompare(b.path));
}

export interface ContactMessageView {
  id: string;
  at: Date;
  locale: Locale;
  kind: ContactKind;
  message: string;
  pageUrl: string | null;
  email: string | null;
}

/** The contact messages, newest first, one page of them. */
export async function readContactMessages(page: number) {
  const [total, messages] = await Promise.all([
    db.contactMessage.count(),
    db.contactMessage.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MESSAGES_PAGE_SIZE,
      take: MESSAGES_PAGE_SIZE,
    }),
  ]);
  return {
    total,
    messages: messages.map((m): ContactMessageView => ({
      id: m.id,
      at: m.createdAt,
      locale: m.locale,
      kind: m.kind,
      message: m.message,
      pageUrl: m.pageUrl,
      email: m.email,
    })),
  };
}
