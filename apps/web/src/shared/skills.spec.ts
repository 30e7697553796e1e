import { describe, expect, it } from 'vitest';
import { parseSkills } from './skills';

describe(parseSkills.name, () => {
  it('splits on commas, trims and drops empties and doubles', () => {
    expect(parseSkills(' GIS, projectleiding ,,GIS,  ruimtelijke   ordening ')).toEqual([
      'GIS',
      'projectleiding',
      'ruimtelijke ordening',
    ]);
  });
});
