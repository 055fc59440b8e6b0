/**
 * Old addresses of pieces (redirectFrom). An old address may not be the address of anything
 * else, nor lie where the build or the growing listings put pages, or the site would lose a page.
 */
import { authorPath, BUILD_FOLDERS, isGrowingListingPath, liveFeedsOf, standingPaths } from '../../routing/routes.ts';
import type { CheckContext } from '../context.ts';
import { referenceMessages } from '../messages.ts';
import type { CheckResult } from '../result.ts';

/** The redirects of published pieces; reports every old address that is taken or reserved. */
export function collectRedirects({ pieces, ownerOf, ids, report }: CheckContext): CheckResult['redirects'] {
  const redirects: CheckResult['redirects'] = [];
  // What each taken address is, in words for the message.
  const taken = new Map<string, string>([...ownerOf].map(([path, owner]) => [path, owner.file.file]));
  for (const path of [...standingPaths(), ...[...ids.authors].map(authorPath)]) taken.set(path, referenceMessages.sitePage(path));
  for (const { file, data, piece } of pieces) {
    data.redirectFrom.forEach((from, index) => {
      const owner = taken.get(from);
      if (owner !== undefined) {
        report(file, ['redirectFrom', index], referenceMessages.redirectTaken(from, owner === file.file ? referenceMessages.thisPiece : owner));
        return;
      }
      const folder = Object.values(BUILD_FOLDERS).find((prefix) => from.startsWith(prefix));
      if (folder) {
        report(file, ['redirectFrom', index], referenceMessages.redirectIntoBuildFolder(folder));
        return;
      }
      if (isGrowingListingPath(from)) {
        report(file, ['redirectFrom', index], referenceMessages.redirectIntoListing(from));
        return;
      }
      taken.set(from, referenceMessages.redirectOf(file.file));
      if (data.draft) return;
      redirects.push({ from, to: piece.path });
      // A live ticker's feeds live below its address: readers' feed apps follow them to the new one.
      if ('live' in data && data.live) {
        for (const feed of liveFeedsOf(from, '')) redirects.push({ from: feed.path, to: `${piece.path}${feed.path.slice(from.length)}` });
      }
    });
  }
  return redirects;
}
