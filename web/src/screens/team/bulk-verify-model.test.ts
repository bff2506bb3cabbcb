import { describe, expect, it } from 'vitest';
import { bulkVerifyRequest, MAX_BULK_VERIFY } from './bulk-verify-model.ts';

const nip = '198807122015031004';
const id = (n: number) => `01JDXQ${String(n).padStart(20, '0')}`;

describe('bulkVerifyRequest', () => {
  it('sends each ticked report once, all marked SESUAI for the period', () => {
    expect(bulkVerifyRequest('2026-11', nip, [id(1), id(2), id(1)])).toEqual({
      ok: true,
      body: { periodId: '2026-11', status: 'SESUAI', reports: [{ nip, reportId: id(1) }, { nip, reportId: id(2) }] },
    });
  });

  it('asks for a choice when nothing is ticked', () => {
    expect(bulkVerifyRequest('2026-11', nip, [])).toEqual({ ok: false, message: 'Pilih paling sedikit satu laporan.' });
  });

  it("takes at most the route's 30 at once", () => {
    expect(bulkVerifyRequest('2026-11', nip, Array.from({ length: MAX_BULK_VERIFY }, (_, i) => id(i))).ok).toBe(true);
    const tooMany = bulkVerifyRequest('2026-11', nip, Array.from({ length: MAX_BULK_VERIFY + 1 }, (_, i) => id(i)));
    expect(tooMany).toEqual({ ok: false, message: 'Paling banyak 30 laporan sekali tandai; 31 dipilih. Kurangi pilihan lalu ulangi.' });
  });
});
