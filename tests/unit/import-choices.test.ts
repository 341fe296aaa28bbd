/**
 * The import preview's per-register choices follow their register when a section move starts or
 * ends a register, instead of staying at their position and landing on another register.
 */
import { carryChoices, sameRegisters } from '../../admin/src/pages/ImportPage/choices';
import type { EditorChoices, ImportPreview } from '../../admin/src/pages/ImportPage/types';

/** A plan cut into registers that start on the given lines, each three lines long. */
const plan = (...starts: number[]): Pick<ImportPreview, 'lines' | 'registers'> => ({
  registers: starts.map(() => ({}) as ImportPreview['registers'][number]),
  lines: starts.flatMap((start, register) => [0, 1, 2].map((offset) => ({ line: start + offset, register }) as ImportPreview['lines'][number])),
});

const pick = (name: string) => ({ controller: { documentId: name, name, planned: name }, purposes: {}, dataCategories: {} });

/** Choices for registers known by a letter: the kind, the controller picked and a confirmed answer. */
const choices = (...registers: Array<'a' | 'b' | 'c'>): EditorChoices => ({
  legalBases: registers.map((r) => ({ [r]: { legalBasis: 'contract', legitimateInterest: '', title: r } })),
  reuse: registers.map((r) => pick(`controller-${r}`)),
  noticeKinds: registers.map((r) => (r === 'b' ? 'art14' : 'both')),
  sections: [{ line: 20, target: 'title' }],
  answers: registers.map((r) => (r === 'b' ? { transfersOutsideEea: 'no' } : {})),
});

describe('carryChoices', () => {
  it('keeps the choices of a register that starts where it did, when a new register is cut before it', () => {
    // Registers a (line 1) and b (line 40); the editor makes line 20 a title: a new register between them.
    const carried = carryChoices(choices('a', 'b'), plan(1, 40), plan(1, 20, 40));
    expect(carried.reuse.map((reuse) => reuse.controller?.documentId ?? null)).toEqual(['controller-a', null, 'controller-b']);
    expect(carried.noticeKinds).toEqual(['both', '', 'art14']);
    expect(carried.answers).toEqual([{}, {}, { transfersOutsideEea: 'no' }]);
    expect(carried.legalBases.map((bases) => Object.keys(bases))).toEqual([['a'], [], ['b']]);
    expect(carried.sections).toEqual([{ line: 20, target: 'title' }]);
  });

  it('drops the choices of a register that is gone, never handing them to the next one', () => {
    // Three registers become two: the one at line 20 is merged into the first.
    const carried = carryChoices(choices('a', 'b', 'c'), plan(1, 20, 40), plan(1, 40));
    expect(carried.reuse.map((reuse) => reuse.controller?.documentId ?? null)).toEqual(['controller-a', 'controller-c']);
    expect(carried.noticeKinds).toEqual(['both', 'both']);
  });

  it('tells whether two plans cut the text into the same registers', () => {
    expect(sameRegisters(plan(1, 40), plan(1, 40))).toBe(true);
    expect(sameRegisters(plan(1, 40), plan(1, 20, 40))).toBe(false);
    expect(sameRegisters(plan(1, 40), plan(1, 41))).toBe(false);
  });
});
