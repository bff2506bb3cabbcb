import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, witaDateOf } from '../../shared/domain/time.ts';
import { call } from '../../test/http.ts';
import { people, seedOrg } from '../../test/org-fixture.ts';
import { handler as getTrainings } from './get-trainings.ts';
import { handler as getUnitTrainings } from './get-unit-trainings.ts';
import { handler as postTraining } from './post-trainings.ts';

const staff = { nip: people.staff.nip };
const today = witaDateOf(new Date());
const year = today.slice(0, 4);

beforeAll(seedOrg);

describe('competency development (20 JP a year)', () => {
  it('records completed training and totals JP against the target', async () => {
    const first = await call(postTraining, { as: staff, body: { title: 'Bimtek Surveilans Epidemiologi', kind: 'BIMTEK', startsOn: `${year}-01-05`, endsOn: `${year}-01-06`, hours: 16, provider: 'Dinkes Prov. Sultra' } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ year: Number(year), unitId: 'dinkes', hours: 16 });
    const progress = await call(getTrainings, { as: staff, query: { year } });
    expect(progress.body).toMatchObject({ totalJp: 16, targetJp: 20, remainingJp: 4, met: false });

    await call(postTraining, { as: staff, body: { title: 'E-learning BerAKHLAK', kind: 'E_LEARNING', startsOn: `${year}-01-10`, endsOn: `${year}-01-10`, hours: 4.5 } });
    expect((await call(getTrainings, { as: staff, query: { year } })).body).toMatchObject({ totalJp: 20.5, remainingJp: 0, met: true });
  });

  it.each([
    ['an end before the start', { startsOn: `${year}-01-10`, endsOn: `${year}-01-09` }, 422],
    ['a training not yet finished', { startsOn: today, endsOn: addDays(today, 3) }, 422],
    ['zero hours', { hours: 0 }, 400],
    ['an unknown kind', { kind: 'LIBURAN' }, 400],
  ])('refuses %s and records nothing', async (_, change, status) => {
    const before = (await call(getTrainings, { as: { nip: people.colleague.nip }, query: { year } })).body.items.length;
    const response = await call(postTraining, { as: { nip: people.colleague.nip }, body: { title: 'Pelatihan', kind: 'KURSUS', startsOn: `${year}-01-02`, endsOn: `${year}-01-03`, hours: 8, ...change } });
    expect(response.status).toBe(status);
    expect((await call(getTrainings, { as: { nip: people.colleague.nip }, query: { year } })).body.items).toHaveLength(before);
  });

  it('counts a training for the year it ended, across a year boundary', async () => {
    const as = { nip: people.otherSupervisor.nip };
    const [lastYear, yearBefore] = [Number(year) - 1, Number(year) - 2];
    const across = { title: 'Diklat PIM IV', kind: 'PELATIHAN_KEPEMIMPINAN', startsOn: `${yearBefore}-12-28`, endsOn: `${lastYear}-01-03`, hours: 12 };
    expect((await call(postTraining, { as, body: across })).body).toMatchObject({ year: lastYear });
    expect((await call(postTraining, { as, body: { title: 'Seminar', kind: 'SEMINAR', startsOn: `${yearBefore}-11-10`, endsOn: `${yearBefore}-11-10`, hours: 5 } })).status).toBe(201);
    expect((await call(getTrainings, { as, query: { year: String(lastYear) } })).body).toMatchObject({ totalJp: 12, remainingJp: 8, met: false });
    expect((await call(getTrainings, { as, query: { year: String(yearBefore) } })).body).toMatchObject({ totalJp: 5, remainingJp: 15 });
    expect((await call(getTrainings, { as, query: { year } })).body).toMatchObject({ totalJp: 0, remainingJp: 20 });
  });

  it('shows the unit view to its head, admins and auditors, furthest from the target first', async () => {
    const head = await call(getUnitTrainings, { as: { nip: people.head.nip, roles: ['pimpinan'] }, params: { unitId: 'dinkes' }, query: { year } });
    expect(head.status).toBe(200);
    expect(head.body.people.at(-1)).toMatchObject({ nip: people.staff.nip, met: true });
    expect(head.body.metCount).toBe(1);
    expect(head.body.people).toHaveLength(4);
    const otherHead = await call(getUnitTrainings, { as: { nip: people.head.nip, roles: ['pimpinan'] }, params: { unitId: 'disdik' }, query: { year } });
    expect(otherHead.status).toBe(403);
  });
});
