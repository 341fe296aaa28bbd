/** Where an input line went, as the preview names and colours it. */
import { REGISTER_TEXT_FIELDS } from '../../../../server/src/domain/types';
import type { DraftPreview, ImportLine } from './types';

/** The register fields a line can go to, in the order of a notice. */
export const IMPORT_FIELDS = [
  'title',
  'controller',
  'contactPerson',
  'purposes',
  'dataCategories',
  ...REGISTER_TEXT_FIELDS,
  'legacyHistory',
  'extraSections',
] as const;

type Tone = 'primary' | 'secondary' | 'alternative' | 'success' | 'warning' | 'danger' | 'neutral';
type Shade = '100' | '200';

/** A background and a border from the design system's palette; neighbouring fields differ. */
export interface SectionColour {
  background: `${Tone}${Shade}`;
  border: `${Tone}${'600' | '700'}`;
}

const TONES: Tone[] = ['primary', 'success', 'warning', 'secondary', 'alternative', 'danger'];

export function colourOf(field: string): SectionColour {
  if (field === 'extraSections') return { background: 'neutral200', border: 'neutral700' };
  const index = Math.max(0, IMPORT_FIELDS.indexOf(field as (typeof IMPORT_FIELDS)[number]));
  const tone = TONES[index % TONES.length];
  const light = Math.floor(index / TONES.length) % 2 === 0;
  return { background: `${tone}${light ? '100' : '200'}`, border: `${tone}${light ? '600' : '700'}` };
}

/** The title of the extra section a line was kept in, in the notice's language. */
export function extraSectionTitle(line: ImportLine, drafts: DraftPreview[], locale: string): string | null {
  if (line.extraSection === undefined) return null;
  return drafts[line.register]?.register.extraSections?.[line.extraSection]?.title[locale] ?? null;
}
