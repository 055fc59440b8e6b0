/**
 * The dev server shows content errors instead of pages: while any file under content/ fails
 * the checks (re-run on every save by src/loaders/checked-content.ts), every page answers with
 * the page of the content's problems (src/preview/Pruefung.astro, status 500), never a stale
 * version. That page is the site's own rather than Astro's error overlay, which is English and
 * made for code: it lists every problem, errors and warnings, and reloads itself after the save
 * that fixes them. A production build never gets here with errors: the build stops first.
 */
import { defineMiddleware } from 'astro:middleware';
import { contentRoot } from './content-root.ts';
import { checkedResult } from './checks/checked-state.ts';
import { hasErrors } from './checks/print.ts';
import { CONTENT_PROBLEMS_PATH, FILE_CHECK_PATH } from './routing/routes.ts';
import { href } from './routing/urls.ts';
import { isDevServer } from './util/astro-command.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  // The browser desk's check of one file answers with the problems themselves.
  if (!isDevServer() || context.url.pathname === href(FILE_CHECK_PATH) || !hasErrors(checkedResult(contentRoot).problems)) return next();
  // Rendered in place of the page asked for, at its address, so a reload after the fix shows that page.
  const problems = await next(href(CONTENT_PROBLEMS_PATH));
  return new Response(problems.body, { status: 500, headers: problems.headers });
});
