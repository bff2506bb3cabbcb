import { lazyScreen } from './lazy.ts';
import { reportsScreen } from './reports/reports-screen.ts';
import type { Screen } from './screen.ts';

const isAdmin = (roles: readonly string[]) => roles.includes('admin');

/**
 * Every signed-in screen, in menu order; the first available one is the landing screen.
 * All but the daily report are fetched when first opened, so a phone's first load is the report form only.
 */
export const SCREENS: readonly Screen[] = [
  reportsScreen,
  lazyScreen({ path: '/skp', title: 'SKP saya', isAvailable: () => true, load: async () => (await import('./skp/skp-screen.ts')).mountSkp }),
  lazyScreen({ path: '/hasil', title: 'Hasil saya', isAvailable: () => true, load: async () => (await import('./results/results-screen.ts')).mountResults }),
  lazyScreen({ path: '/pelatihan', title: 'Pelatihan', isAvailable: () => true, load: async () => (await import('./trainings/trainings-screen.ts')).mountTrainings }),
  lazyScreen({ path: '/tim', title: 'Tim saya', isAvailable: (me) => me.isSupervisor, load: async () => (await import('./team/team-screen.ts')).mountTeam }),
  lazyScreen({
    path: '/keberatan',
    title: 'Keberatan',
    // Everyone may open one appeal by its address (the keberatan emails link there); the inbox is for those who decide.
    isAvailable: () => true,
    isListed: (me) => me.isSupervisor || isAdmin(me.roles),
    load: async () => (await import('./appeals/inbox-screen.ts')).mountAppealInbox,
  }),
  lazyScreen({
    path: '/kepatuhan',
    title: 'Kepatuhan laporan',
    isAvailable: (me) => me.roles.some((role) => role === 'admin' || role === 'pimpinan' || role === 'auditor'),
    load: async () => (await import('./compliance/compliance-screen.ts')).mountCompliance,
  }),
  lazyScreen({
    path: '/hasil-unit',
    title: 'Hasil unit kerja',
    isAvailable: (me) => me.roles.some((role) => role === 'admin' || role === 'pimpinan' || role === 'auditor'),
    load: async () => (await import('./unit-results/unit-results-screen.ts')).mountUnitResults,
  }),
  lazyScreen({
    path: '/adopsi',
    title: 'Adopsi',
    isAvailable: (me) => me.roles.some((role) => role === 'admin' || role === 'pimpinan'),
    load: async () => (await import('./adoption/adoption-screen.ts')).mountAdoption,
  }),
  lazyScreen({ path: '/admin/periode', title: 'Periode', isAvailable: (me) => isAdmin(me.roles), load: async () => (await import('./admin/periods-screen.ts')).mountPeriods }),
  lazyScreen({ path: '/admin/impor', title: 'Impor pegawai', isAvailable: (me) => isAdmin(me.roles), load: async () => (await import('./admin/import-screen.ts')).mountImport }),
  lazyScreen({
    path: '/admin/cek-data',
    title: 'Cek data',
    isAvailable: (me) => isAdmin(me.roles) || me.roles.includes('auditor'),
    load: async () => (await import('./admin/data-check-screen.ts')).mountDataCheck,
  }),
];
