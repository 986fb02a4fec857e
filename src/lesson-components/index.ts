// The components lesson authors can use in MDX without importing them (see docs/authoring.md).
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import HelpLink from './HelpLink.astro';
import KeyPoints from './KeyPoints.astro';
import ParentSummary from './ParentSummary.astro';
import Term from './Term.astro';
import TrainerNote from './TrainerNote.astro';

export const lessonComponents = { Callout, Figure, HelpLink, KeyPoints, ParentSummary, Term, TrainerNote };
