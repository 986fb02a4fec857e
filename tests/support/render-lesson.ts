import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { dictionary } from '~/i18n';
import { lessonComponents } from '~/lesson-components';
import { parseDutch, type ReferenceFactory } from '~/schemas/errors';
import { lessonSchema, type LessonData } from '~/schemas/lesson';
import { lessonParts, type LessonParts } from '~/utils/lesson-parts';
import TermText from './TermText.astro';

// Stands in for `astro:content`'s `reference`, which only exists inside an Astro build.
const ref = ((collection: string) => z.string().transform((id) => ({ id, collection }))) as unknown as ReferenceFactory;
const schema = lessonSchema(ref);
const root = new URL('../..', import.meta.url).pathname;
let container: AstroContainer | undefined;

export interface RenderedLesson {
  file: string;
  data: LessonData;
  parts: LessonParts;
}

/**
 * Renders a lesson's MDX with the real lesson components (only `<Term>` is replaced, the glossary is not
 * loaded here) and derives its parts exactly as the site does, through `lessonParts`.
 */
export async function renderLesson(path: string): Promise<RenderedLesson> {
  const file = relative(root, path);
  const [, frontmatter = ''] = readFileSync(path, 'utf8').match(/^---\n([\s\S]*?)\n---\n/) ?? [];
  const parsed = parseDutch(schema, parse(frontmatter));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`);
  container ??= await AstroContainer.create();
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  const mdx = (await import(/* @vite-ignore */ path)) as { default: Parameters<AstroContainer['renderToString']>[0] };
  const html = await container.renderToString(mdx.default, {
    props: { components: { ...lessonComponents, Term: TermText } },
    locals: { lesson: { file, keyMessages: parsed.data.keyMessages ?? [] } },
  });
  const parts = lessonParts(html, {
    file,
    data: parsed.data,
    titles: {
      summary: dictionary['summary.title'],
      quiz: dictionary['quiz.title'],
      reflection: dictionary['reflection.title'],
    },
  });
  return { file, data: parsed.data, parts };
}
