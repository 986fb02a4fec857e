declare namespace App {
  interface Locals {
    /** The lesson being rendered, set by `LessonContent.astro`; lesson components read their lesson's data here. */
    lesson?: {
      /** The lesson's file, for messages to the author. */
      file: string;
      /** The three key messages from the frontmatter, shown by `<ParentSummary>`. */
      keyMessages: string[];
    };
  }
}
