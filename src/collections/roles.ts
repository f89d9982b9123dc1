import { getCollection, type CollectionEntry } from 'astro:content';
import { sectors } from '../schemas/role';

export type RoleEntry = CollectionEntry<'roles'>;

export const sectorLabels: Record<(typeof sectors)[number], string> = {
  education: 'Education',
  'early-years': 'Early years',
  health: 'Health',
  'social-care': 'Social care and early help',
  'youth-justice': 'Youth justice',
  police: 'Police',
  housing: 'Housing',
  voluntary: 'Voluntary and community sector',
  'multi-agency': 'Multi-agency services',
};

/** Roles grouped by sector, in the order sectors are declared, each group sorted by name. */
export async function rolesBySector(): Promise<{ sector: string; label: string; roles: RoleEntry[] }[]> {
  const roles = await getCollection('roles');
  return sectors
    .map((sector) => ({
      sector,
      label: sectorLabels[sector],
      roles: roles.filter((r) => r.data.sector === sector).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en-GB')),
    }))
    .filter((group) => group.roles.length > 0);
}
