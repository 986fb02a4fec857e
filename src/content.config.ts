import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { withDutchErrors } from '~/schemas/errors';
import { glossarySchema } from '~/schemas/glossary';
import { lessonSchema } from '~/schemas/lesson';
import { moduleSchema } from '~/schemas/module';
import { pageSchema } from '~/schemas/page';
import { sourceSchema } from '~/schemas/source';

// CONTENT_DIR lets tests and the benchmark build the site from another content folder.
const root = process.env.CONTENT_DIR ?? './content';

export const collections = {
  modules: defineCollection({
    loader: glob({ pattern: '*.md', base: `${root}/modules` }),
    schema: withDutchErrors(moduleSchema),
  }),
  lessons: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${root}/lessons` }),
    schema: withDutchErrors(lessonSchema(reference)),
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.md', base: `${root}/glossary` }),
    schema: withDutchErrors(glossarySchema(reference)),
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.md', base: `${root}/pages` }),
    schema: withDutchErrors(pageSchema),
  }),
  sources: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/sources` }),
    schema: withDutchErrors(sourceSchema),
  }),
};
