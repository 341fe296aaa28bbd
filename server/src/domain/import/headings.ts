/**
 * Recognising section headings: a line of its own ("4. Henkilötietojen käsittelyn tarkoitus")
 * or the label of a "Label: text" paragraph, also when the label wraps over lines.
 */
import { sortBy } from 'lodash';
import { headingAsWritten, headingPattern, normaliseHeading } from './patterns';
import { consume, looksLikeHeading, startsLowercase, textLines, wordCount } from './lines';
import type { Block, SourceLine } from './lines';
import { SECTION_TARGETS } from './types';
import type { ImportDictionary, SectionTarget } from './types';

const MAX_HEADING_WORDS = 15;
const MAX_LABEL_LINES = 3;
const MAX_UNKNOWN_LABEL_WORDS = 6;

export type HeadingMatcher = (text: string) => SectionTarget | null;

export function headingMatcher(dictionary: ImportDictionary): HeadingMatcher {
  const variants = SECTION_TARGETS.flatMap((target) =>
    dictionary.headings[target].map((variant) => ({
      target,
      pattern: headingPattern(variant),
      wildcard: variant.includes('*'),
      literal: variant.replace(/\*/g, '').length,
    })),
  );
  // Exact variants first, then the wildcard one with the most literal text.
  const ordered = sortBy(variants, [(v) => (v.wildcard ? 1 : 0), (v) => -v.literal]);
  return (text) => {
    const heading = normaliseHeading(text);
    if (!heading || wordCount(heading) > MAX_HEADING_WORDS) return null;
    const found = ordered.find((variant) => variant.pattern.test(heading));
    return found ? found.target : null;
  };
}

export type BlockReading =
  /** A recognised heading; `body` is the rest of the block. */
  | { kind: 'heading'; target: SectionTarget; heading: string; headingLines: SourceLine[]; body: Block; label: boolean }
  /** "Label: text" whose label is no known heading. */
  | { kind: 'label'; heading: string; headingLines: SourceLine[]; body: Block }
  | { kind: 'loneLine' }
  | { kind: 'text' }
  /** Nothing left as text (a line of dates only). */
  | { kind: 'empty' };

interface Label {
  text: string;
  headingLines: SourceLine[];
  body: Block;
  rest: string;
}

/** "Label: text" at the start of a block; the label may wrap over a few lines. "EU:n" is no label. */
function findLabel(block: Block): Label | null {
  const headingLines: SourceLine[] = [];
  let text = '';
  for (let i = 0; i < Math.min(block.length, MAX_LABEL_LINES); i++) {
    const line = block[i];
    const colon = /:(?=\s|$)/.exec(line.text);
    if (colon) {
      const rest = line.text.slice(colon.index + 1).trim();
      const labelLine = consume(line, line.text.slice(0, colon.index + 1), rest);
      return {
        text: `${text} ${line.text.slice(0, colon.index)}`.trim(),
        headingLines: rest ? headingLines : [...headingLines, labelLine],
        body: rest ? [labelLine, ...block.slice(i + 1)] : block.slice(i + 1),
        rest,
      };
    }
    if (!line.text || /[.!?]$/.test(line.text)) return null;
    text = `${text} ${line.text}`;
    headingLines.push(consume(line, line.text));
  }
  return null;
}

function isUnknownLabel(label: Label, contactLabels: Set<string>): boolean {
  return (
    label.rest !== '' &&
    wordCount(label.text) <= MAX_UNKNOWN_LABEL_WORDS &&
    /^\p{Lu}/u.test(label.text) &&
    !/[.;!?]/.test(label.text) &&
    !contactLabels.has(normaliseLabel(label.text))
  );
}

export function normaliseLabel(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[.:]+$/, '').trim();
}

/** A line that is a heading by itself; a next line starting in lower case means a wrapped sentence instead. */
export function isHeadingLine(line: SourceLine, next: SourceLine | undefined, matchHeading: HeadingMatcher): boolean {
  return (
    line.text !== '' &&
    !/:\s/.test(line.text) &&
    !/[,;]$/.test(line.text) &&
    !(next && startsLowercase(next.text)) &&
    matchHeading(line.text) !== null
  );
}

export function blockReader(dictionary: ImportDictionary, matchHeading: HeadingMatcher): (block: Block) => BlockReading {
  const contactLabels = new Set(Object.values(dictionary.contactLabels).flat().map(normaliseLabel));
  return (block) => {
    const lines = textLines(block);
    if (!lines.length) return { kind: 'empty' };
    const label = findLabel(block);
    const labelTarget = label ? matchHeading(label.text) : null;
    if (label && labelTarget) {
      const { headingLines, body } = label;
      return { kind: 'heading', target: labelTarget, heading: headingAsWritten(label.text), headingLines, body, label: true };
    }
    const first = block.indexOf(lines[0]);
    if (isHeadingLine(lines[0], lines[1], matchHeading)) {
      const target = matchHeading(lines[0].text) as SectionTarget;
      const headingLines = [...block.slice(0, first), consume(lines[0], lines[0].text)];
      const heading = headingAsWritten(lines[0].text);
      return { kind: 'heading', target, heading, headingLines, body: block.slice(first + 1), label: false };
    }
    if (label && isUnknownLabel(label, contactLabels)) {
      return { kind: 'label', heading: headingAsWritten(label.text), headingLines: label.headingLines, body: label.body };
    }
    return lines.length === 1 && looksLikeHeading(lines[0].text) ? { kind: 'loneLine' } : { kind: 'text' };
  };
}
