import { listUnits } from '../data/unit-repository.ts';

/** The OPDs by name, for choosing one on a screen: ids and names only (who heads a unit is not listed). One Query. */
export async function unitDirectory(): Promise<{ items: { unitId: string; name: string }[] }> {
  const units = await listUnits();
  return { items: units.map(({ unitId, name }) => ({ unitId, name })).sort((a, b) => a.name.localeCompare(b.name, 'id-ID')) };
}
