/**
 * Drafts and scheduled pieces in the dev server: what their banner says. Pure, unit tested;
 * a production build never shows these pieces (src/queries/pieces.ts hands out public ones only).
 */
import { formatClock, formatDateLong } from '../routing/dates.ts';
import type { PieceData } from '../schemas/piece.ts';

export type PreviewState = { kind: 'draft' } | { kind: 'scheduled'; at: Date };

/** Why readers cannot see a piece yet; undefined for a public one. A draft stays a draft whatever its date. */
export function previewState(data: Pick<PieceData, 'draft' | 'published'>, now: Date): PreviewState | undefined {
  if (data.draft) return { kind: 'draft' };
  if (data.published.getTime() > now.getTime()) return { kind: 'scheduled', at: data.published };
  return undefined;
}

/** "Entwurf – nicht veröffentlicht" or "Geplant für 30. November 2026, 08:00 Uhr" (Berlin time). */
export function previewLabel(state: PreviewState): string {
  return state.kind === 'draft' ? 'Entwurf – nicht veröffentlicht' : `Geplant für ${formatDateLong(state.at)}, ${formatClock(state.at)} Uhr`;
}
