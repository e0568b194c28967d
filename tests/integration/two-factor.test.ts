// Two-step sign-in: enrolment, the sign-in's second step (codes, backup codes, limits), turning it
// off, an admin's reset and the per-role requirement, against PostgreSQL and better-auth.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { POST as signIn } from "@/app/api/auth/sign-in/route";
import { POST as secondStep } from "@/app/api/auth/two-factor/route";
import { runAction } from "@/lib/actions/pipeline";
import {
  confirmTwoFactor,
  disableTwoFactor,
  resetUserTwoFactor,
  setTwoFactorPolicy,
  startTwoFactor,
} from "@/lib/actions/two-factor";
import { changeOwnPassword, setUserActive } from "@/lib/actions/users";
import { actorFromHeaders } from "@/lib/auth/session";
import { pendingEnrolment, twoFactorPolicy } from "@/lib/auth/two-factor";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/metadata";
import { createUser, formRequest, PASSWORD, signedIn } from "../helpers/auth";
import { codeFor, cookiesFrom, enrol, wrongCodeFor } from "../helpers/two-factor";

const noRevalidation = () => {};
const run = (definition: Parameters<typeof runAction>[0], input: Record<string, unknown>, headers: Headers) =>
  runAction(definition, input, headers, noRevalidation);

async function auditOf(action: string, targetId: string) {
  return db.auditLog.findMany({ where: { action, targetId }, orderBy: { id: "asc" } });
}

/** The password step: the challenge cookie a browser keeps for the code step. */
async function passwordStep(email: string, next = "/admin/content") {
  const response = await signIn(formRequest("/api/auth/sign-in", { email, password: PASSWORD, next }));
  return { response, cookie: cookiesFrom(response) };
}

function codeStep(cookie: string, fields: Record<string, string>) {
  return secondStep(formRequest("/api/auth/two-factor", fields, new Headers({ origin: siteUrl(), cookie })));
}

afterEach(async () => {
  // Other files' users must never be asked for a code: the requirement is cleared after each test.
  await db.securityPolicy.update({ where: { id: 1 }, data: { twoFactorRoles: [] } });
  await db.rateLimit.deleteMany({ where: { key: { startsWith: "two-factor:" } } });
});
afterAll(() => db.$disconnect());

describe("enrolment", () => {
  it("starts with a key, refuses a wrong first code (audited), and turns on with the right one, showing ten backup codes", async () => {
    const { user, headers } = await signedIn("editor");
    expect(await run(startTwoFactor, {}, headers)).toMatchObject({ ok: true });
    const pending = (await pendingEnrolment(user))!;
    const key = new URL(pending.uri).searchParams.get("secret")!;
    expect(pending.uri).toMatch(/^otpauth:\/\/totp\/Digital%20Belgium:/);

    const wrong = await run(confirmTwoFactor, { id: pending.id, code: wrongCodeFor(key) }, headers);
    expect(wrong).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { code: ["twoFactorWrongCode"] },
    });
    expect(await auditOf("auth.two_factor_failed", user.id)).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(false);

    const right = await run(confirmTwoFactor, { id: pending.id, code: codeFor(key) }, headers);
    expect(right.ok).toBe(true);
    const codes = (right as { data: { backupCodes: string[] } }).data.backupCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(true);
    expect(await auditOf("user.two_factor_enrol", user.id)).toHaveLength(1);

    // Stored encrypted: neither the key nor a backup code is readable in the row.
    const row = await db.twoFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.verified).toBe(true);
    expect(row.secret).not.toContain(key);
    expect(row.backupCodes).not.toContain(codes[0]);
    // The session that enrolled goes on; a second confirmation of the same enrolment is refused.
    expect(await actorFromHeaders(headers)).not.toBeNull();
    expect(await run(confirmTwoFactor, { id: pending.id, code: codeFor(key) }, headers)).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await run(startTwoFactor, {}, headers)).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses a code read from a key that was replaced by starting again", async () => {
    const { user, headers } = await signedIn("translator", ["nl"]);
    await run(startTwoFactor, {}, headers);
    const first = (await pendingEnrolment(user))!;
    await run(startTwoFactor, {}, headers);
    const second = (await pendingEnrolment(user))!;
    expect(second.id).not.toBe(first.id);
    expect(second.uri).not.toBe(first.uri);
    const result = await run(confirmTwoFactor, { id: first.id, code: codeFor(first.uri) }, headers);
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: "twoFactorEnrolmentChanged" });
  });

  it("rate-limits the confirmation codes per account", async () => {
    const { user, headers } = await signedIn("editor");
    await run(startTwoFactor, {}, headers);
    const pending = (await pendingEnrolment(user))!;
    const wrong = wrongCodeFor(new URL(pending.uri).searchParams.get("secret")!);
    for (let i = 0; i < 5; i++)
      expect(await run(confirmTwoFactor, { id: pending.id, code: wrong }, headers)).toMatchObject({
        code: "VALIDATION",
      });
    expect(
      await run(confirmTwoFactor, { id: pending.id, code: codeFor(pending.uri) }, headers),
    ).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
    });
    expect(await auditOf("auth.two_factor_rate_limited", user.id)).toHaveLength(1);
  });
});

describe("signing in with two-step sign-in", () => {
  it("asks for the code after the password: no session until the right code, then the page asked for", async () => {
    const { user, headers } = await signedIn("editor");
    const { key } = await enrol(user, headers);

    const { response, cookie } = await passwordStep(user.email);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin/sign-in/two-factor?next=%2Fadmin%2Fcontent");
    expect(cookie).toMatch(/better-auth\.two_factor=/);
    expect(cookie).not.toMatch(/session_token=/);
    expect(await actorFromHeaders(new Headers({ cookie }))).toBeNull();

    const wrong = await codeStep(cookie, { code: wrongCodeFor(key), next: "/admin/content" });
    expect(wrong.headers.get("location")).toBe(
      "/admin/sign-in/two-factor?error=invalid&next=%2Fadmin%2Fcontent",
    );
    expect((await auditOf("auth.two_factor_failed", user.id)).at(-1)?.detail).toMatchObject({
      method: "totp",
    });

    const right = await codeStep(cookie, { code: codeFor(key), next: "/admin/content" });
    expect(right.status).toBe(303);
    expect(right.headers.get("location")).toBe("/admin/content");
    const session = cookiesFrom(right, cookie);
    expect(session).toMatch(/session_token=/);
    expect((await actorFromHeaders(new Headers({ cookie: session })))?.id).toBe(user.id);
    expect((await auditOf("auth.sign_in", user.id)).at(-1)?.detail).toMatchObject({ secondStep: "totp" });

    // The challenge was used up: the same cookie cannot open a second session.
    const again = await codeStep(cookie, { code: codeFor(key) });
    expect(again.headers.get("location")).toBe("/admin/sign-in?error=expired");
  });

  it("takes a backup code once (audited, with how many are left); a used one is refused", async () => {
    const { user, headers } = await signedIn("translator", ["fr"]);
    const { backupCodes } = await enrol(user, headers);

    const first = await passwordStep(user.email);
    // Typed in capitals and without the dash, as people do.
    const used = await codeStep(first.cookie, {
      method: "backup",
      code: backupCodes[0].replace("-", "").toUpperCase(),
    });
    expect(used.headers.get("location")).toBe("/admin/account?backupCodeUsed=1");
    expect((await auditOf("auth.two_factor_backup_code_used", user.id))[0].detail).toEqual({ left: 9 });

    const second = await passwordStep(user.email);
    const reused = await codeStep(second.cookie, { method: "backup", code: backupCodes[0] });
    expect(reused.headers.get("location")).toBe("/admin/sign-in/two-factor?error=invalid&method=backup");
    expect((await auditOf("auth.two_factor_failed", user.id)).at(-1)?.detail).toMatchObject({
      method: "backup",
    });
    const other = await codeStep(second.cookie, { method: "backup", code: backupCodes[1] });
    expect(other.headers.get("location")).toBe("/admin/account?backupCodeUsed=1");
    expect((await auditOf("auth.two_factor_backup_code_used", user.id))[1].detail).toEqual({ left: 8 });
  });

  it("limits the code step per account: the sixth try in a minute is refused with 429, even with the right code", async () => {
    const { user, headers } = await signedIn("editor");
    const { key } = await enrol(user, headers);
    const { cookie } = await passwordStep(user.email);
    for (let i = 0; i < 5; i++)
      expect((await codeStep(cookie, { code: wrongCodeFor(key) })).status).toBe(303);
    const limited = await codeStep(cookie, { code: codeFor(key) });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await auditOf("auth.two_factor_rate_limited", user.id)).toHaveLength(1);
    expect(await auditOf("auth.two_factor_failed", user.id)).toHaveLength(5);
  });

  it("sends the code step back to the sign-in without a challenge, and refuses another origin", async () => {
    const noChallenge = await secondStep(formRequest("/api/auth/two-factor", { code: "123456" }));
    expect(noChallenge.headers.get("location")).toBe("/admin/sign-in?error=expired");
    const forged = await codeStep("better-auth.two_factor=2fa-forged.signature", { code: "123456" });
    expect(forged.headers.get("location")).toBe("/admin/sign-in?error=expired");
    const crossOrigin = await secondStep(
      formRequest(
        "/api/auth/two-factor",
        { code: "123456" },
        new Headers({ origin: "https://evil.example" }),
      ),
    );
    expect(crossOrigin.status).toBe(403);
  });

  it("signs in with the password alone when two-step sign-in is off", async () => {
    const user = await createUser("editor");
    const { response } = await passwordStep(user.email);
    expect(response.headers.get("location")).toBe("/admin/content");
    expect(cookiesFrom(response)).toMatch(/session_token=/);
  });
});

describe("turning it off", () => {
  it("needs the password, deletes the secret and is audited", async () => {
    const { user, headers } = await signedIn("editor");
    await enrol(user, headers);
    expect(await run(disableTwoFactor, { password: "not-the-password" }, headers)).toMatchObject({
      ok: false,
      fieldErrors: { password: ["wrongPassword"] },
    });
    expect(await run(disableTwoFactor, { password: PASSWORD }, headers)).toMatchObject({ ok: true });
    expect(await db.twoFactor.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabled).toBe(false);
    expect(await auditOf("user.two_factor_disable", user.id)).toHaveLength(1);
    const { response } = await passwordStep(user.email);
    expect(response.headers.get("location")).toBe("/admin/content");
  });

  it("is refused when the role requires it", async () => {
    const admin = await signedIn("admin");
    const { user, headers } = await signedIn("translator", ["nl"]);
    await enrol(user, headers);
    const policy = await twoFactorPolicy();
    await run(
      setTwoFactorPolicy,
      { roles: ["translator"], updatedAt: policy.updatedAt.toISOString() },
      admin.headers,
    );
    expect(await run(disableTwoFactor, { password: PASSWORD }, headers)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "twoFactorRequiredForRole",
    });
  });
});

describe("an admin's reset", () => {
  it("turns off someone's two-step sign-in and ends their sessions; they sign in with the password and enrol again", async () => {
    const admin = await signedIn("admin");
    const { user, headers } = await signedIn("editor");
    await enrol(user, headers);
    const result = await run(resetUserTwoFactor, { id: user.id, confirm: "yes" }, admin.headers);
    expect(result).toMatchObject({ ok: true });
    expect(await actorFromHeaders(headers)).toBeNull();
    expect(await db.twoFactor.count({ where: { userId: user.id } })).toBe(0);
    const [entry] = await auditOf("user.two_factor_reset", user.id);
    expect(entry.actorId).toBe(admin.user.id);
    const { response } = await passwordStep(user.email);
    expect(response.headers.get("location")).toBe("/admin/content");
  });

  it("asks for the confirmation, and not for the admin's own account", async () => {
    const admin = await signedIn("admin");
    const other = await createUser("editor");
    expect(await run(resetUserTwoFactor, { id: other.id }, admin.headers)).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { confirm: ["confirmResetTwoFactor"] },
    });
    expect(await run(resetUserTwoFactor, { id: admin.user.id, confirm: "yes" }, admin.headers)).toMatchObject(
      {
        code: "FORBIDDEN",
        message: "cannotResetOwnTwoFactor",
      },
    );
  });
});

describe("required per role", () => {
  it("is stored, audited and refuses a stale form", async () => {
    const admin = await signedIn("admin");
    const before = await twoFactorPolicy();
    const saved = await run(
      setTwoFactorPolicy,
      { roles: ["translator", "editor", "translator"], updatedAt: before.updatedAt.toISOString() },
      admin.headers,
    );
    expect(saved).toMatchObject({ ok: true, data: { roles: ["editor", "translator"] } });
    expect((await twoFactorPolicy()).roles).toEqual(["editor", "translator"]);
    const [entry] = await db.auditLog.findMany({
      where: { action: "auth.two_factor_policy" },
      orderBy: { id: "desc" },
      take: 1,
    });
    expect(entry.detail).toEqual({ roles: [[], ["editor", "translator"]] });
    const stale = await run(
      setTwoFactorPolicy,
      { roles: [], updatedAt: before.updatedAt.toISOString() },
      admin.headers,
    );
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", detail: { roles: ["editor", "translator"] } });
  });

  it("cannot be required of the admin's own role before the admin has it", async () => {
    const admin = await signedIn("admin");
    const version = () => twoFactorPolicy().then((p) => p.updatedAt.toISOString());
    expect(
      await run(setTwoFactorPolicy, { roles: ["admin"], updatedAt: await version() }, admin.headers),
    ).toMatchObject({
      ok: false,
      fieldErrors: { roles: ["twoFactorSetUpFirst"] },
    });
    await enrol(admin.user, admin.headers);
    expect(
      await run(setTwoFactorPolicy, { roles: ["admin"], updatedAt: await version() }, admin.headers),
    ).toMatchObject({
      ok: true,
    });
    expect((await actorFromHeaders(admin.headers))?.mustEnrolTwoFactor).toBeUndefined();
  });

  it("keeps a user of that role without it out of every action but setting it up", async () => {
    const admin = await signedIn("admin");
    const { user, headers } = await signedIn("editor");
    const translator = await createUser("translator", ["nl"]);
    await run(
      setTwoFactorPolicy,
      { roles: ["editor"], updatedAt: (await twoFactorPolicy()).updatedAt.toISOString() },
      admin.headers,
    );

    expect((await actorFromHeaders(headers))?.mustEnrolTwoFactor).toBe(true);
    expect((await actorFromHeaders(admin.headers))?.mustEnrolTwoFactor).toBeUndefined();
    expect(
      await run(setUserActive, { id: translator.id, active: "false", confirm: "yes" }, admin.headers),
    ).toMatchObject({ ok: true });
    // Any other action is refused until enrolment; the account page's own actions are not.
    expect(
      await run(
        changeOwnPassword,
        { current: PASSWORD, next: "another-long-password", confirm: "another-long-password" },
        headers,
      ),
    ).toMatchObject({ ok: true });
    const { saveTranslation } = await import("@/lib/actions/content");
    expect(
      await run(saveTranslation, { type: "organisation", id: "x", locale: "nl" }, headers),
    ).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "twoFactorRequired",
    });

    const { key } = await enrol(user, headers);
    expect(key).toMatch(/^[A-Z2-7]+$/);
    expect((await actorFromHeaders(headers))?.mustEnrolTwoFactor).toBeUndefined();
  });

  it("the draft-preview route refuses such a user too", async () => {
    const admin = await signedIn("admin");
    const { headers } = await signedIn("editor");
    await run(
      setTwoFactorPolicy,
      { roles: ["editor"], updatedAt: (await twoFactorPolicy()).updatedAt.toISOString() },
      admin.headers,
    );
    const { POST: draft } = await import("@/app/api/draft/route");
    const response = await draft(
      formRequest("/api/draft", { type: "organisation", id: "x", locale: "nl" }, headers),
    );
    // Without the requirement the same request gets as far as the item (none here: 404).
    expect(response.status).toBe(403);
  });
});
