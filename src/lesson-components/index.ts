// The components lesson authors can use in MDX without importing them (see docs/authoring.md).
import Callout from '~/lesson-components/Callout.astro';
import Figure from '~/lesson-components/Figure.astro';
import HelpLink from '~/lesson-components/HelpLink.astro';
import KeyPoints from '~/lesson-components/KeyPoints.astro';
import ParentSummary from '~/lesson-components/ParentSummary.astro';
import Term from '~/lesson-components/Term.astro';
import TrainerNote from '~/lesson-components/TrainerNote.astro';

export const lessonComponents = { Callout, Figure, HelpLink, KeyPoints, ParentSummary, Term, TrainerNote };
