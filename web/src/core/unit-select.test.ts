import { describe, expect, it } from 'vitest';
import { unitOptions } from './unit-select.ts';

const units = [
  { unitId: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' },
  { unitId: 'dinkes', name: 'Dinas Kesehatan' },
];

describe('unitOptions', () => {
  it('lists the units by name under their ids, keeping the order the server sorted them in', () => {
    expect(unitOptions(units, 'dinkes')).toEqual([
      { value: 'bkpsdm', label: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' },
      { value: 'dinkes', label: 'Dinas Kesehatan' },
    ]);
  });

  it('asks for a choice when none is made yet', () => {
    expect(unitOptions(units, undefined)[0]).toEqual({ value: '', label: 'Pilih unit kerja…' });
    expect(unitOptions(units, undefined)).toHaveLength(3);
  });

  it('keeps a unit named in the address that the list lacks, so the server answers for it', () => {
    expect(unitOptions(units, 'tidak-ada').at(-1)).toEqual({ value: 'tidak-ada', label: 'tidak-ada (tidak ada dalam daftar)' });
  });
});
