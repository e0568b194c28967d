// The portal's data as one versioned JSON archive: every content table, users and their
// credentials (argon2id hashes only, never plaintext), revisions, change notes, scheduled jobs,
// redirects, the media library's files (bytea columns as base64), the audit log and what readers sent (contact messages and page feedback, which the
// retention purge removes again after an import of an old archive). Sessions, verification tokens, rate-limit counters and who has
// which translation open (presence) are short-lived and left out. Used by `npm run db:export` and `npm run db:import`.
import fs from "node:fs";

export const ARCHIVE_FORMAT = "belgian-digital-agencies-portal/archive";
export const ARCHIVE_VERSION = 1;

/** Parents before children, so that an import satisfies every foreign key as it goes. */
export const ARCHIVED_TABLES = [
  // The media library's files, before the organisations whose logos they are.
  "media_asset",
  "media_text",
  "media_variant",
  "region",
  "region_translation",
  "organisation",
  "organisation_translation",
  "initiative",
  "initiative_organisation",
  "initiative_translation",
  "strategy",
  "strategy_translation",
  "pillar",
  "pillar_translation",
  "project",
  "project_translation",
  "user",
  "account",
  // The second step's secret and backup codes, as better-auth stores them (encrypted with
  // BETTER_AUTH_SECRET: restored under another secret, an admin resets the user's second step).
  "two_factor",
  "security_policy",
  "revision",
  "change_note",
  "trash_item",
  "scheduled_job",
  "slug_redirect",
  "audit_log",
  "contact_message",
  "page_feedback",
  "review_policy",
  "review_request",
  "notification",
];

/**
 * Tables deliberately not archived (ephemeral: sessions, counters, presence, the marks of used
 * form tokens, which expire within a day, the drafts of refused forms, within two hours), the
 * outbox of notification e-mails (their notifications are archived), and Prisma's own bookkeeping.
 */
export const SKIPPED_TABLES = [
  "session",
  "verification",
  "rate_limit",
  "presence",
  "used_form_token",
  "form_draft",
  "mail_outbox",
  "_prisma_migrations",
];

const quote = (name) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (text) => `'${text.replace(/'/g, "''")}'`;

/**
 * The columns an archive holds: all but generated ones (the search vectors are recomputed), with
 * whether each holds bytes (written to the archive as base64).
 */
async function typedColumnsOf(client, table) {
  const { rows } = await client.query(
    `SELECT column_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => ({ name: r.column_name, bytes: r.data_type === "bytea" }));
}

async function primaryKeyOf(client, table) {
  const { rows } = await client.query(
    `SELECT a.attname FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary`,
    [quote(table)],
  );
  return rows.map((r) => r.attname);
}

export async function tablesInDatabase(client) {
  const { rows } = await client.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  return rows.map((r) => r.table_name).sort();
}

async function lastMigration(client) {
  try {
    const { rows } = await client.query(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name DESC LIMIT 1",
    );
    return rows[0]?.migration_name ?? null;
  } catch {
    return null;
  }
}

export async function exportArchive(client) {
  const unknown = (await tablesInDatabase(client)).filter(
    (t) => !ARCHIVED_TABLES.includes(t) && !SKIPPED_TABLES.includes(t),
  );
  if (unknown.length) throw new Error(`Tables the archive does not know yet: ${unknown.join(", ")}`);
  const tables = {};
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    for (const table of ARCHIVED_TABLES) {
      const columns = (await typedColumnsOf(client, table))
        .map((c) => (c.bytes ? `encode(${quote(c.name)}, 'base64') AS ${quote(c.name)}` : quote(c.name)))
        .join(", ");
      const order = (await primaryKeyOf(client, table)).map((c) => `t.${quote(c)}`).join(", ");
      // JSON built by PostgreSQL: timestamps, enums, arrays and bigints keep their exact values.
      const { rows } = await client.query(
        `SELECT coalesce(json_agg(t ORDER BY ${order}), '[]'::json) AS rows FROM (SELECT ${columns} FROM ${quote(table)}) t`,
      );
      tables[table] = rows[0].rows;
    }
  } finally {
    await client.query("COMMIT");
  }
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: new Date().toISOString(),
    migration: await lastMigration(client),
    tables,
  };
}

/**
 * Restores an archive in one transaction: into an empty database, or replacing everything with
 * `replace`. Any error (a wrong format, a row that breaks a constraint) leaves the database as it was.
 */
export async function importArchive(client, archive, { replace = false } = {}) {
  if (archive?.format !== ARCHIVE_FORMAT) throw new Error("This file is not a portal archive.");
  if (archive.version !== ARCHIVE_VERSION) {
    throw new Error(
      `Archive version ${archive.version} is not supported (this portal reads ${ARCHIVE_VERSION}).`,
    );
  }
  const counts = {};
  await client.query("BEGIN");
  try {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM region");
    if (rows[0].n > 0 && !replace) {
      throw new Error("The database already holds content: import into an empty one, or pass --replace.");
    }
    if (replace) {
      await client.query(`TRUNCATE ${[...ARCHIVED_TABLES, "session"].map(quote).join(", ")} CASCADE`);
    }
    // The migrations create each policy's one row: an archive that holds it brings its own.
    for (const policy of ["review_policy", "security_policy"]) {
      if (archive.tables?.[policy]?.length) await client.query(`DELETE FROM ${quote(policy)}`);
    }
    for (const table of ARCHIVED_TABLES) {
      const data = archive.tables?.[table] ?? [];
      counts[table] = data.length;
      if (!data.length) continue;
      const typed = await typedColumnsOf(client, table);
      const columns = typed.map((c) => quote(c.name)).join(", ");
      if (typed.some((c) => c.bytes)) {
        // Bytes travel as base64 text: decoded here, the other columns read as usual.
        const values = typed
          .map((c) => (c.bytes ? `decode(e ->> ${quoteLiteral(c.name)}, 'base64')` : `r.${quote(c.name)}`))
          .join(", ");
        const withoutBytes = typed
          .filter((c) => c.bytes)
          .reduce((expr, c) => `${expr} - ${quoteLiteral(c.name)}`, "e");
        await client.query(
          `INSERT INTO ${quote(table)} (${columns})
           SELECT ${values} FROM jsonb_array_elements($1::jsonb) e,
                  LATERAL jsonb_populate_record(NULL::${quote(table)}, ${withoutBytes}) r`,
          [JSON.stringify(data)],
        );
        continue;
      }
      await client.query(
        `INSERT INTO ${quote(table)} (${columns})
         SELECT ${columns} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`,
        [JSON.stringify(data)],
      );
    }
    // An archive made before the policy existed: the default rule (no second pair of eyes).
    await client.query("INSERT INTO review_policy (id) VALUES (1) ON CONFLICT DO NOTHING");
    await client.query(
      "INSERT INTO security_policy (id, two_factor_roles, updated_at) VALUES (1, '{}', now()) ON CONFLICT DO NOTHING",
    );
    await client.query(
      "SELECT setval(pg_get_serial_sequence('audit_log', 'id'), coalesce((SELECT max(id) FROM audit_log), 0) + 1, false)",
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return counts;
}

export function readArchive(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}
