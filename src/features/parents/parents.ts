import type { Lesson } from '~/utils/content';

/** Lessons with a parent page: written (also) for parents. */
export const isForParents = (lesson: Lesson): boolean => lesson.data.audience.includes('ouder');
