/**
 * The dev server shows content errors instead of pages: while any file under content/ fails
 * the checks (re-run on every save by src/loaders/checked-content.ts), every page answers with
 * Astro's error overlay listing each problem at its file and line, never a stale version.
 * A production build never gets here with errors: the build stops first.
 */
import { defineMiddleware } from 'astro:middleware';
import { contentRoot } from './content-root.ts';
import { checkedContent } from './checks/checked-content.ts';
import { ContentCheckError, hasErrors } from './checks/print.ts';
import { printMessages } from './checks/messages.ts';
import { isDevServer } from './util/astro-command.ts';

export const onRequest = defineMiddleware((_context, next) => {
  if (isDevServer()) {
    const { problems } = checkedContent(contentRoot);
    if (hasErrors(problems)) throw new ContentCheckError(problems, printMessages.noPageShown);
  }
  return next();
});
