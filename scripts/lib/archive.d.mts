import type pg from "pg";

export interface Archive {
  format: string;
  version: number;
  exportedAt: string;
  migration: string | null;
  tables: Record<string, Record<string, unknown>[]>;
}

export const ARCHIVE_FORMAT: string;
export const ARCHIVE_VERSION: number;
export const ARCHIVED_TABLES: string[];
export const SKIPPED_TABLES: string[];
export function tablesInDatabase(client: pg.Client): Promise<string[]>;
export function exportArchive(client: pg.Client): Promise<Archive>;
export function importArchive(
  client: pg.Client,
  archive: Archive,
  options?: { replace?: boolean },
): Promise<Record<string, number>>;
export function readArchive(file: string): Archive;
