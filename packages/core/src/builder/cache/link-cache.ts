import fs from 'node:fs';
import path from 'node:path';
import type { LinkStatus } from '../../check/external-links.js';
import { writeThrough } from '../../write/write-through.js';

/** Answers older than this are forgotten when the file is saved. */
const FORGET_MS = 30 * 24 * 60 * 60 * 1000;

/** Where `guidekit check --external` keeps the answers of external URLs: beside the build cache, shared by every guide. */
export function linkCachePath(buildCache: string): string {
  return path.join(path.dirname(buildCache), 'external-links.json');
}

/** The answers saved by earlier runs; none when the file is missing or unreadable. */
export function loadLinkCache(file: string | undefined): Map<string, LinkStatus> {
  if (!file) return new Map();
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { links?: Record<string, LinkStatus> };
    return new Map(Object.entries(saved.links ?? {}));
  } catch {
    return new Map();
  }
}

/** Saves the answers (through a temporary file), forgetting those older than a month. */
export function saveLinkCache(file: string | undefined, links: Map<string, LinkStatus>, now: number): void {
  if (!file) return;
  const kept = Object.fromEntries([...links].filter(([, status]) => now - status.checked < FORGET_MS).sort(([a], [b]) => (a < b ? -1 : 1)));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeThrough(file, (temp) => fs.writeFileSync(temp, `${JSON.stringify({ links: kept })}\n`));
}
