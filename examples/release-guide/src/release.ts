import { readChangelog, tagRelease } from './git';

export async function release(version: string): Promise<void> {
  // #region checks
  const changelog = await readChangelog();
  if (!changelog.includes(version)) {
    throw new Error(`the changelog has no entry for ${version}`);
  }
  // #endregion checks
  await tagRelease(version);
}
