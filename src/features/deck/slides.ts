import { ELEMENT_NODE, parse, renderSync, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';

/** One lesson section as a slide: its heading, key points, figures and the trainer's notes. */
export interface SectionSlide {
  /** The heading id, so the slide can link back to the lesson. */
  id: string;
  title: string;
  /** HTML of the key-point list, if the section has `<KeyPoints>`. */
  points: string;
  /** The author marked the points to appear one at a time (`<KeyPoints reveal>`). */
  reveal: boolean;
  /** HTML of each `<Figure>` in the section. */
  figures: string[];
  /** HTML of the section's `<TrainerNote>`s, for the presenter view. */
  notes: string;
}

const isElement = (node: Node): node is ElementNode => node.type === ELEMENT_NODE;

export function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** Splits a rendered lesson body into section slides at every `<h2>`; what comes before the first one is left out. */
export function sectionSlides(html: string): SectionSlide[] {
  const slides: SectionSlide[] = [];
  for (const node of (parse(html) as { children: Node[] }).children) {
    if (!isElement(node)) continue;
    if (node.name === 'h2') {
      slides.push({
        id: node.attributes['id'] ?? '',
        title: textOf(node).trim(),
        points: '',
        reveal: false,
        figures: [],
        notes: '',
      });
      continue;
    }
    const current = slides.at(-1);
    if (!current) continue;
    if ('data-keypoints' in node.attributes) {
      const list = querySelector(node, 'ul, ol') as ElementNode | undefined;
      if (list) current.points += renderSync(list);
      current.reveal ||= 'data-reveal' in node.attributes;
    } else if (node.name === 'figure') {
      current.figures.push(renderSync(node));
    } else if ('data-trainer-note' in node.attributes) {
      const body = node.children.filter((c) => !(isElement(c) && c.attributes['class']?.includes('eyebrow')));
      current.notes += body.map((c) => renderSync(c)).join('');
    } else {
      for (const figure of querySelectorAll(node, 'figure') as ElementNode[]) current.figures.push(renderSync(figure));
    }
  }
  return slides;
}

/** The three key messages of the "In het kort" block, as plain text. */
export function keyMessages(html: string): string[] {
  return (querySelectorAll(parse(html), '[data-key-messages] li') as ElementNode[]).map((li) => textOf(li).trim());
}
