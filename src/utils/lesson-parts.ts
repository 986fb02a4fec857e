import { ELEMENT_NODE, parse, renderSync, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { MARK, PART_IDS } from '~/lesson-components/markers';

/**
 * Every fact about a lesson that its pages share — the parent summary, the key messages, the sections with
 * their key points, first figure and trainer notes, the table of contents — derived in this one place from
 * the rendered lesson and its frontmatter. The lesson page, the presentation, the parent page, the handout,
 * the search index and the content tests all read a lesson through `lessonParts`.
 */

/** One lesson section (an `##` heading and what follows it up to the next). */
export interface SectionPart {
  /** The heading id, so a slide or a question can link back to the lesson. */
  id: string;
  title: string;
  /** HTML of the key-point list, if the section has `<KeyPoints>`. */
  points: string;
  /** The author marked the points to appear one at a time (`<KeyPoints reveal>`). */
  reveal: boolean;
  /** HTML of each `<Figure>` in the section, the first one first. */
  figures: string[];
  /** HTML of the section's `<TrainerNote>`s, for the presenter view. */
  notes: string;
}

/** A heading for a table of contents. */
export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
}

export interface LessonParts {
  /** The whole rendered lesson body. */
  html: string;
  /** "In het kort": the section as HTML (what the parent page shows) and its plain text (for readability checks). */
  summary: { html: string; text: string } | undefined;
  /** The three key messages for parents, from the frontmatter. */
  keyMessages: string[];
  sections: SectionPart[];
  /** Plain text of the professional part: everything but "In het kort", trainer notes and figures. */
  professionalText: string;
  /** What a reader reads: "In het kort" and the professional part (for the reading time). */
  readingText: string;
  /** The lesson's own headings (`##` and `###`), in order. */
  headings: TocEntry[];
  /** Table of contents: "In het kort", the headings, "Oefenvragen" and "Reflectie" where the lesson has them. */
  toc: TocEntry[];
}

/** What `lessonParts` needs besides the HTML: where the lesson comes from, and its frontmatter. */
export interface LessonSource {
  file: string;
  data: { keyMessages?: string[] | undefined; quiz: unknown[]; reflections: unknown[] };
  /** Dutch headings of the standard parts, passed in so this module stays free of the dictionary. */
  titles: { summary: string; quiz: string; reflection: string };
}

/** A content problem in one lesson; the message names the file. */
export class LessonPartsError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'LessonPartsError';
  }
}

const isElement = (node: Node): node is ElementNode => node.type === ELEMENT_NODE;
const has = (node: ElementNode, attribute: string) => attribute in node.attributes;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro writes into rendered HTML. */
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) =>
    ref[0] === '#'
      ? String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)))
      : (ENTITIES[ref.toLowerCase()] ?? whole),
  );

/** The text of a node and its children, as a reader sees it. */
export function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return decode(node.value);
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** Text of several nodes as paragraphs, whitespace tidied, for word counts and readability. */
function plainText(nodes: Node[]): string {
  const blocks: string[] = [];
  const walk = (node: Node) => {
    if (!isElement(node) || has(node, MARK.label)) return;
    if (/^(p|li|h[1-6]|dt|dd|td|th|figcaption|blockquote)$/.test(node.name)) {
      blocks.push(textOf(node).replace(/\s+/g, ' ').trim());
      return;
    }
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return blocks.filter(Boolean).join('\n\n');
}

export function lessonParts(html: string, source: LessonSource): LessonParts {
  const root = parse(html) as ElementNode;
  const top = root.children.filter(isElement);

  const summaries = querySelectorAll(root, `[${MARK.parentSummary}]`) as ElementNode[];
  if (summaries.length > 1)
    throw new LessonPartsError(source.file, 'deze les heeft meer dan één <ParentSummary>; geef elke les er één.');
  const summaryNode = summaries[0];
  const keyMessages = source.data.keyMessages ?? [];
  if (summaryNode && keyMessages.length === 0)
    throw new LessonPartsError(
      source.file,
      'veld "keyMessages" ontbreekt: een les met <ParentSummary> heeft drie kernboodschappen in de frontmatter.',
    );
  if (!summaryNode && keyMessages.length > 0)
    throw new LessonPartsError(
      source.file,
      'veld "keyMessages" staat in de frontmatter, maar de les heeft geen <ParentSummary> om ze te tonen.',
    );
  const summary = summaryNode && {
    html: renderSync(summaryNode),
    text: plainText(
      summaryNode.children.filter(
        (c) => !(isElement(c) && (c.attributes['class']?.includes('eyebrow') || /^h[23]$/.test(c.name))),
      ),
    ),
  };

  const sections: SectionPart[] = [];
  const headings: TocEntry[] = [];
  const professional: Node[] = [];
  for (const node of top) {
    if (/^h[23]$/.test(node.name) && node.attributes['id'])
      headings.push({ depth: Number(node.name[1]), slug: node.attributes['id'], text: textOf(node).trim() });
    const isNote = has(node, MARK.trainerNote);
    if (!has(node, MARK.parentSummary) && !isNote && node.name !== 'figure') professional.push(node);
    if (node.name === 'h2') {
      sections.push({
        id: node.attributes['id'] ?? '',
        title: textOf(node).trim(),
        points: '',
        reveal: false,
        figures: [],
        notes: '',
      });
      continue;
    }
    const current = sections.at(-1);
    if (!current) continue;
    if (has(node, MARK.keyPoints)) {
      const list = querySelector(node, 'ul, ol') as ElementNode | undefined;
      if (list) current.points += renderSync(list);
      current.reveal ||= has(node, MARK.reveal);
    } else if (node.name === 'figure') {
      current.figures.push(renderSync(node));
    } else if (isNote) {
      const body = node.children.filter((c) => !(isElement(c) && c.attributes['class']?.includes('eyebrow')));
      current.notes += body.map((c) => renderSync(c)).join('');
    } else {
      for (const figure of querySelectorAll(node, 'figure') as ElementNode[]) current.figures.push(renderSync(figure));
    }
  }

  const toc: TocEntry[] = [
    ...(summary ? [{ depth: 2, slug: PART_IDS.summary, text: source.titles.summary }] : []),
    ...headings,
    ...(source.data.quiz.length ? [{ depth: 2, slug: PART_IDS.quiz, text: source.titles.quiz }] : []),
    ...(source.data.reflections.length
      ? [{ depth: 2, slug: PART_IDS.reflection, text: source.titles.reflection }]
      : []),
  ];
  const professionalText = plainText(professional);
  const readingText = [summary?.text ?? '', professionalText].join('\n\n');
  return { html, summary, keyMessages, sections, professionalText, readingText, headings, toc };
}
