/**
 * A piece's address follows from its section, date and file name (src/routing/urls.ts), so two
 * files can land on one; the site would show only one of them.
 */
import type { CheckContext } from '../context.ts';
import { ruleMessages } from '../messages.ts';

/** Reports every piece at an address an earlier piece already has. */
export function checkAddresses({ pieces, ownerOf, report }: CheckContext): void {
  for (const entry of pieces) {
    const { path } = entry.piece;
    const owner = ownerOf.get(path);
    if (owner && owner !== entry) report(entry.file, 'file', ruleMessages.sameAddress(path, owner.file.file), 1);
  }
}
