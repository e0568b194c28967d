// A PostgreSQL primary and a streaming read replica on this machine, made with Debian's
// PostgreSQL tools: initdb, then pg_basebackup -R of the primary into a second cluster on another
// port (hot standby). For the cluster test; both live in a temporary folder and go with stop().
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./setup.mjs";

function binDir() {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions
    .map((v) => path.join(root, v, "bin"))
    .find((d) => fs.existsSync(path.join(d, "pg_basebackup")));
  if (!found) throw new Error("PostgreSQL server tools not found (apt-get install postgresql)");
  return found;
}

/** Runs a PostgreSQL tool as the postgres user (the server refuses to run as root). */
function asPostgres(tool, args) {
  const command = path.join(binDir(), tool);
  const [file, argv] =
    process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

export async function startPrimaryAndReplica() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-"));
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres:postgres", dir]);
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const primaryDir = path.join(dir, "primary");
  const replicaDir = path.join(dir, "replica");
  const options = (port) =>
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;
  asPostgres("initdb", [
    "-D",
    primaryDir,
    "--auth=trust",
    "-U",
    "postgres",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
    "--no-instructions",
  ]);
  asPostgres("pg_ctl", [
    "-D",
    primaryDir,
    "-o",
    `${options(primaryPort)} -c wal_level=replica -c max_wal_senders=4`,
    "-l",
    path.join(dir, "primary.log"),
    "-w",
    "start",
  ]);
  asPostgres("pg_basebackup", [
    "-h",
    "127.0.0.1",
    "-p",
    String(primaryPort),
    "-U",
    "postgres",
    "-D",
    replicaDir,
    "-R",
    "-X",
    "stream",
    "-c",
    "fast",
  ]);
  asPostgres("pg_ctl", [
    "-D",
    replicaDir,
    "-o",
    `${options(replicaPort)} -c hot_standby=on`,
    "-l",
    path.join(dir, "replica.log"),
    "-w",
    "start",
  ]);
  const url = (port, database) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const query = async (port, sql, params = []) => {
    const client = new pg.Client({ connectionString: url(port, "postgres") });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    primaryUrl: (database) => url(primaryPort, database),
    replicaUrl: (database) => url(replicaPort, database),
    /** Creates a database on the primary and waits until the replica has it too. */
    async createDatabase(name) {
      await query(primaryPort, `create database "${name}"`);
      const [{ lsn }] = await query(primaryPort, "select pg_current_wal_lsn()::text as lsn");
      for (let i = 0; i < 100; i++) {
        const [{ ok }] = await query(replicaPort, "select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok", [
          lsn,
        ]);
        if (ok) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error("the replica did not catch up within 5 s");
    },
    stop() {
      for (const d of [replicaDir, primaryDir]) {
        try {
          asPostgres("pg_ctl", ["-D", d, "-m", "immediate", "-w", "stop"]);
        } catch {
          // already stopped
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
