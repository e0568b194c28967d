import { afterAll, describe, expect, it } from "vitest";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";

afterAll(() => db.$disconnect());

describe("audit log", () => {
  it("is append-only: updates and deletes change nothing", async () => {
    await audit(db, null, "test.append_only", { type: "test", id: "1" }, { n: 1 });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "test.append_only" } });
    await db.$executeRaw`UPDATE audit_log SET action = 'tampered' WHERE id = ${entry.id}`;
    await db.$executeRaw`DELETE FROM audit_log WHERE id = ${entry.id}`;
    const after = await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } });
    expect(after.action).toBe("test.append_only");
  });
});
