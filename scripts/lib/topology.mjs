// Starts the production topology: N `next start` instances behind nginx (deploy/nginx.conf.template).
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { nodeBin, waitForPort } from "./setup.mjs";

export function ensureNginx() {
  try {
    execFileSync("nginx", ["-v"], { stdio: "ignore" });
  } catch {
    console.log("Installing nginx-light from Debian …");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "nginx-light"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  }
}

/** Debian's Chromium, for the publish probe and Lighthouse (installed when missing, as root). */
export function ensureChromium() {
  if (process.env.CHROMIUM_PATH || fs.existsSync("/usr/bin/chromium")) return;
  console.log("Installing chromium from Debian …");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

/** `next start` on `port`; its error output goes to this process's, or to the file descriptor `stderr`. */
export function startNext(
  port,
  env = process.env,
  distDir = process.env.NEXT_DIST_DIR || ".next",
  stderr = "inherit",
) {
  const child = spawn(process.execPath, [nodeBin("next"), "start", "-p", String(port)], {
    stdio: ["ignore", "ignore", stderr],
    env: { ...env, NEXT_DIST_DIR: distDir, PORT: String(port) },
  });
  return { process: child, ready: waitForPort(port) };
}

/** A Redis of its own on `port`, in memory only: the instances' shared cache (REDIS_URL). */
export function startRedisServer(port) {
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  return { process: child, ready: waitForPort(port) };
}

/** A secret with which the app asks nginx to fetch a page again after a publish (lib/cache/edge.ts). */
export const newRefreshToken = () => randomBytes(24).toString("base64url");

/** What the app instances behind this nginx need to know to refresh pages in its cache. */
export const edgeEnv = (port, refreshToken) => ({
  EDGE_REFRESH_URL: `http://127.0.0.1:${port}`,
  EDGE_REFRESH_TOKEN: refreshToken,
});

/**
 * Renders the nginx configuration and starts nginx in the foreground of its own process.
 * `refreshToken`: the secret of edgeEnv (a random one, known to no app, when not given).
 */
export async function startNginx({ port, upstreams, runDir, staticDir, refreshToken = newRefreshToken() }) {
  if (refreshToken.length < 16) throw new Error("the refresh token must be a long random secret");
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(runDir, "cache"), { recursive: true });
  const root = process.getuid?.() === 0;
  if (root) execFileSync("chown", ["-R", "nobody:nogroup", runDir]);
  const conf = fs
    .readFileSync("deploy/nginx.conf.template", "utf8")
    .replaceAll("{{USER}}", root ? "user nobody nogroup;" : "")
    .replaceAll("{{RUN_DIR}}", path.resolve(runDir))
    .replaceAll("{{STATIC_DIR}}", path.resolve(staticDir))
    .replaceAll("{{PORT}}", String(port))
    .replaceAll("{{REFRESH_TOKEN}}", refreshToken)
    .replaceAll(
      "{{UPSTREAMS}}",
      upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join("\n"),
    );
  const file = path.join(runDir, "nginx.conf");
  fs.writeFileSync(file, conf);
  execFileSync("nginx", ["-t", "-q", "-c", path.resolve(file)], { stdio: "inherit" });
  const child = spawn("nginx", ["-c", path.resolve(file), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForPort(port);
  return { process: child };
}

/**
 * Starts `next start` on each of `upstreams`, one after the other, then nginx on `port` in front
 * of them; returns the child processes, nginx last. `stderr` as for startNext.
 */
export async function startTopology({ port, upstreams, env, distDir, runDir, refreshToken, stderr }) {
  const processes = [];
  for (const upstream of upstreams) {
    const instance = startNext(upstream, env, distDir, stderr);
    processes.push(instance.process);
    await instance.ready;
  }
  const nginx = await startNginx({ port, upstreams, runDir, staticDir: `${distDir}/static`, refreshToken });
  return [...processes, nginx.process];
}
