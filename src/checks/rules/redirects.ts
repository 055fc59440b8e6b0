/**
 * Old addresses of pieces (redirectFrom). An old address may not be the address of anything
 * else, nor lie where the build or the growing listings put pages, or the site would lose a page.
 */
import { BUILD_FOLDERS, isGrowingListingPath, standingPaths } from '../../routing/routes.ts';
import type { CheckContext } from '../context.ts';
import type { CheckResult } from '../result.ts';

/** The redirects of published pieces; reports every old address that is taken or reserved. */
export function collectRedirects({ pieces, ownerOf, report }: CheckContext): CheckResult['redirects'] {
  const redirects: CheckResult['redirects'] = [];
  // What each taken address is, in words for the message.
  const taken = new Map<string, string>([...ownerOf].map(([path, owner]) => [path, owner.file.file]));
  for (const path of standingPaths()) taken.set(path, 'the site page ' + path);
  for (const { file, data, piece } of pieces) {
    data.redirectFrom.forEach((from, index) => {
      const owner = taken.get(from);
      if (owner !== undefined) {
        report(file, ['redirectFrom', index], `"${from}" is already the address of ${owner === file.file ? 'this piece itself' : owner}; a redirect there would hide that page`);
        return;
      }
      const folder = Object.values(BUILD_FOLDERS).find((prefix) => from.startsWith(prefix));
      if (folder) {
        report(file, ['redirectFrom', index], `lies in ${folder}, where the build puts its own files: it cannot be the old address of a piece`);
        return;
      }
      if (isGrowingListingPath(from)) {
        report(file, ['redirectFrom', index], `"${from}" lies in the archive, the corrections log or a listing's further pages, which the site fills itself; a redirect there would hide a page`);
        return;
      }
      taken.set(from, `${file.file} (its redirectFrom)`);
      if (!data.draft) redirects.push({ from, to: piece.path });
    });
  }
  return redirects;
}
