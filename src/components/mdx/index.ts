/** The components editors may use in MDX without importing them (documented in EDITING.md). */
import Infobox from './Infobox.astro';
import Quelle from './Quelle.astro';
import Timeline from './Timeline.astro';
import Zitat from './Zitat.astro';

export const mdxComponents = { Infobox, Quelle, Timeline, Zitat };
