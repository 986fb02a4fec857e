import { describe, expect, it } from 'vitest';
import { clean, glossary, lessons, paragraphs, sentences } from './content-text';

// The same fact said the same way, in every lesson and glossary entry. Each rule below names the text
// that triggers it, the unit it is checked in (a sentence or a whole paragraph), what must hold there,
// and why. To add a fact, add a row; a failure names the file, the place and the offending sentence.

interface Fact {
  /** What the rule is about, as shown in a failure. */
  rule: string;
  /** Text that triggers the rule. */
  pattern: RegExp;
  /** Where the rule must hold: in the same sentence or in the same paragraph (a quiz string is one paragraph). */
  scope: 'sentence' | 'paragraph';
  /** The rule applies only when the unit also matches all of these. */
  when?: RegExp[];
  /** The unit is fine when this returns true; leave it out to forbid the pattern outright. */
  ok?: (unit: string) => boolean;
  /** The source of the canonical form. */
  why: string;
}

const telLink = /\[([^\]]*)\]\(tel:([^)]*)\)/g;
const confirmedNumbers = new Set(['08002000', '1712', '113', '08000113', '1813', '112']);

const facts: Fact[] = [
  {
    rule: 'De Hongerwinter is de winter 1944–1945 (met een gedachtestreepje), zonder ander jaartal of andere jaarreeks.',
    pattern: /hongerwinter/i,
    scope: 'paragraph',
    ok: (u) => {
      const rest = u.replace(/1944–1945/g, '');
      return !/\b1[89]\d\d\s*[–—-]\s*\d{2,4}\b/.test(rest) && !/\b19[34]\d\b/.test(rest);
    },
    why: 'Heijmans et al. (2008); content brief, "The same fact said the same way".',
  },
  {
    rule: 'Schrijf "polyvagaaltheorie" (één woord), niet "polyvagale theorie".',
    pattern: /polyvagale\s+theorie/i,
    scope: 'sentence',
    why: 'One spelling course-wide (content review, "Spelling consistency").',
  },
  {
    rule: 'Schrijf "videofeedback", niet "video-feedback".',
    pattern: /video-feedback/i,
    scope: 'sentence',
    why: 'One spelling course-wide (content review, "Spelling consistency").',
  },
  {
    rule: 'Schrijf "weleens", niet "wel eens".',
    pattern: /\bwel eens\b/i,
    scope: 'sentence',
    why: 'One spelling course-wide (content review, "Spelling consistency").',
  },
  {
    rule: '"Stilgelaatexperiment" is geen gangbare term: schrijf "still-face-experiment".',
    pattern: /stilgelaat/i,
    scope: 'sentence',
    why: 'Content review, lesson "Wat gehechtheid is"; Tronick et al. (1978).',
  },
  {
    rule: 'Veilige gehechtheid "ongeveer 60 procent" alleen met "in onderzoek bij gezinnen zonder bijzondere risico\'s" in dezelfde alinea.',
    pattern: /\b(60|zestig)\s?(%|procent)/i,
    scope: 'paragraph',
    when: [/gehecht|hechting/i],
    ok: (u) => /zonder bijzondere risico/i.test(u),
    why: 'A rule of thumb for low-risk families; the eight-country data gave about 65 % (van IJzendoorn & Kroonenberg, 1988).',
  },
  {
    rule: 'Gedesorganiseerde gehechtheid van ongeveer 48 % geldt voor mishandelde kinderen (tegenover ongeveer 15 % bij laag risico): noem de mishandeling erbij.',
    pattern: /\b48\s?(%|procent)/i,
    scope: 'paragraph',
    when: [/gedesorganiseerd/i],
    ok: (u) => /mishandel/i.test(u),
    why: 'van IJzendoorn et al. (1999); keep high-risk and maltreated groups apart.',
  },
  {
    rule: 'Ongeveer 700 nieuwe cellen per dag gelden per hippocampus (samen ongeveer 1400): zeg "per hippocampus" of "in elke hippocampus".',
    pattern: /\b700\b/,
    scope: 'paragraph',
    when: [/cel|neuron/i],
    ok: (u) => /\b(per|elke|iedere)\s+hippocampus/i.test(u),
    why: 'Spalding et al. (2013); the recent evidence is contested.',
  },
  {
    rule: 'Of therapie epigenetische merktekens verandert, is alleen in kleine pilotstudies bekeken: nooit "niet onderzocht".',
    pattern: /niet\s+onderzocht/i,
    scope: 'sentence',
    when: [/therap|behandel/i, /epigene|merkteken|methyl/i],
    why: 'Psychotherapy–methylation data are small pilot studies (evidence brief, item 4).',
  },
  {
    rule: 'Nooit "therapie draait ze terug": alleen kleine pilotstudies, geen vaste conclusies.',
    pattern: /\b(therapie|behandeling)\b[^.!?]*\bdraait\b[^.!?]*\bterug\b/i,
    scope: 'sentence',
    why: 'Psychotherapy–methylation data are small pilot studies (evidence brief, item 4).',
  },
  {
    rule: 'Slaaptekort maakt het alarm gevoeliger: "het alarm gaat sneller af", niet "blijft even snel".',
    pattern: /alarm[^.!?]{0,40}\beven snel\b/i,
    scope: 'sentence',
    why: 'Yoo et al. (2007): after a night without sleep the amygdala reacts more strongly.',
  },
  {
    rule: 'McGowan et al. (2009): hersenweefsel van volwassenen die door zelfdoding overleden, ongeveer 12 per groep.',
    pattern: /McGowan/,
    scope: 'paragraph',
    when: [/overleden|hersenweefsel/i],
    ok: (u) => /zelfdoding|suïcide|zelfmoord/i.test(u) && /\b12\b|twaalf/i.test(u),
    why: 'McGowan et al. (2009): about 12 per group, with and without childhood abuse, against controls; correlational.',
  },
  {
    rule: 'Coan et al. (2006) met de hand: noem de kleine groep (16 getrouwde vrouwen).',
    pattern: /Coan[^)]{0,40}2006/,
    scope: 'paragraph',
    when: [/hand/i],
    ok: (u) => /\b16\b|zestien/i.test(u),
    why: 'Coan et al. (2006): 16 married women; a 2017 replication (Coan et al.) found a comparable effect.',
  },
  {
    rule: 'Het kinderdagverblijf van de pilot heet een multidisciplinair kinderdagverblijf, geen medisch kinderdagverblijf.',
    pattern: /medisch\s+kinderdagverblijf/i,
    scope: 'sentence',
    why: 'Content review, lesson "Werken met een groep ouders".',
  },
  {
    rule: 'Een hulpnummer staat als tikbare link, bijvoorbeeld [0800-2000](tel:08002000).',
    pattern: /0800-2000|0800-0113|\b1712\b|\b1813\b/,
    scope: 'paragraph',
    ok: (u) => !/0800-2000|0800-0113|\b1712\b|\b1813\b/.test(u.replace(telLink, '')),
    why: 'Content brief, "Help where it is needed".',
  },
  {
    rule: 'Een tel:-link belt het nummer dat ze toont, en alleen een bevestigd nummer (0800-2000, 1712, 113, 0800-0113, 1813, 112).',
    pattern: /\]\(tel:/,
    scope: 'paragraph',
    ok: (u) =>
      [...u.matchAll(telLink)].every(([, text = '', target = '']) => {
        const digits = text.replace(/\D/g, '');
        return digits === target && confirmedNumbers.has(target);
      }),
    why: "The numbers are confirmed on the organisations' sites (content/pages/hulp.md).",
  },
];

/** The offending sentences of a unit: those matching the pattern, or the unit itself when none does. */
function offending(text: string, pattern: RegExp): string[] {
  const hits = sentences(text).filter((s) => pattern.test(s));
  return hits.length ? hits : [clean(text).slice(0, 200)];
}

function violations(text: string, where: string): string[] {
  return facts.flatMap((fact) => {
    const units = fact.scope === 'paragraph' ? [text] : sentences(text);
    return units.flatMap((unit) => {
      if (!fact.pattern.test(unit)) return [];
      if (fact.when && !fact.when.every((w) => w.test(unit))) return [];
      if (fact.ok?.(unit)) return [];
      return offending(unit, fact.pattern).map((s) => `${where}: ${fact.rule}\n    "${s}"`);
    });
  });
}

describe.each([...lessons(), ...glossary()].map((e) => [e.file, e] as const))('%s', (_file, entry) => {
  it('states the canonical facts the canonical way', () => {
    const found = paragraphs(entry).flatMap(({ where, text }) => violations(text, where));
    expect(found).toEqual([]);
  });
});
