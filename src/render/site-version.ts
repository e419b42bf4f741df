import { execFileSync } from 'node:child_process';

/** What a citation of the site calls its version: the day it was built and the commit it was built from. */
export interface SiteVersion {
  /** Build date, YYYY-MM-DD (UTC). */
  date: string;
  /** Short commit hash, or `unknown` when the build is not in a git checkout. */
  commit: string;
}

let cached: SiteVersion | undefined;

/**
 * Read once per build. CI checkouts without .git can pass the commit in ATLAS_COMMIT or
 * GITHUB_SHA; SOURCE_DATE_EPOCH (reproducible builds) fixes the date.
 */
export function siteVersion(root = process.cwd()): SiteVersion {
  if (cached) return cached;
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const date = (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date()).toISOString().slice(0, 10);
  let commit = process.env.ATLAS_COMMIT || process.env.GITHUB_SHA?.slice(0, 7) || '';
  if (!commit) {
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      commit = 'unknown';
    }
  }
  cached = { date, commit: commit || 'unknown' };
  return cached;
}
