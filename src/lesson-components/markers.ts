/**
 * The attributes and ids the lesson components put into a rendered lesson. `~/utils/lesson-parts` reads the
 * lesson back by them, so a component and the code that finds it can never disagree on a name.
 */
export const MARK = {
  /** The "In het kort" section (`ParentSummary`). */
  parentSummary: 'data-parent-summary',
  /** The list of three key messages inside it. */
  keyMessages: 'data-key-messages',
  /** A `KeyPoints` block; the presentation shows its list as the section's slide. */
  keyPoints: 'data-keypoints',
  /** `KeyPoints reveal`: the points appear one at a time on the slide. */
  reveal: 'data-reveal',
  /** A `TrainerNote`, shown in the presenter view. */
  trainerNote: 'data-trainer-note',
  /** A heading a component adds ("Kernpunten", "Wat weten we zeker?"): not the author's words, not counted. */
  label: 'data-part-label',
} as const;

/** Heading ids of the parts every lesson page has; tables of contents and links use them. */
export const PART_IDS = {
  goals: 'leerdoelen',
  summary: 'in-het-kort',
  summaryTitle: 'in-het-kort-titel',
  quiz: 'oefenvragen',
  reflection: 'reflectie',
} as const;

/** Spreads a marker as a boolean attribute: `<section {...mark(MARK.keyPoints)}>`. */
export const mark = (name: string, on = true): Record<string, string> => (on ? { [name]: '' } : {});
