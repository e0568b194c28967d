import { databaseAnswers } from "@/lib/health";

export const dynamic = "force-dynamic";

/**
 * Liveness and readiness for the proxy and operators: /api/health answers 200 while the process
 * runs; /api/health?ready=1 also checks the database (503 when it does not answer within 2 s).
 */
export async function GET(request: Request) {
  const headers = { "Cache-Control": "no-store", "Content-Type": "application/json" };
  if (!new URL(request.url).searchParams.has("ready")) {
    return new Response(JSON.stringify({ status: "ok" }), { headers });
  }
  const started = Date.now();
  if (await databaseAnswers(2_000)) {
    return new Response(JSON.stringify({ status: "ok", database: "ok", ms: Date.now() - started }), {
      headers,
    });
  }
  return new Response(JSON.stringify({ status: "unavailable", database: "down" }), {
    status: 503,
    headers,
  });
}
