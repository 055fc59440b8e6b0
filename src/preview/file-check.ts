/**
 * Dev server only (src/preview/integration.ts): the problems of one file, `?datei=content/…`, as
 * the printer writes them, for the browser desk's check panel (scripts/cms.ts asks for it). It
 * reads nothing itself: the answer is the dev server's checked content, which its loader checks
 * again after every save (src/loaders/checked-content.ts), with the time that check began, so
 * the desk can wait for a result that has seen its save.
 */
import type { APIRoute } from 'astro';
import { checkedContentReadAt, checkedResult } from '../checks/checked-state.ts';
import { deskMessages, printMessages } from '../checks/messages.ts';
import { formatProblem, formatWarning } from '../checks/print.ts';
import { contentRoot } from '../content-root.ts';

// Rendered per request, so it sees its query (a prerendered route's has none, as in a build); the route exists only in `astro dev`.
export const prerender = false;

export const GET: APIRoute = ({ url }) => {
  const file = url.searchParams.get('datei') ?? '';
  const problems = checkedResult(contentRoot).problems.filter((problem) => problem.file === file);
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  return Response.json({
    readAt: checkedContentReadAt(contentRoot) ?? 0,
    errors: errors.length,
    heading: errors.length > 0 ? printMessages.errors(errors.length) : deskMessages.panelClean,
    lines: [...errors.map(formatProblem), ...warnings.map(formatWarning)],
  });
};
