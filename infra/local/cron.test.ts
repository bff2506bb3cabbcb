import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { SCHEDULES } from '../../shared/manifest.ts';
import { toCronerPattern } from './cron.ts';

describe('toCronerPattern', () => {
  it('drops the year and the ? placeholder', () => {
    expect(toCronerPattern('cron(5 0 * * ? *)')).toBe('5 0 * * *');
  });

  it('shifts numeric days of week from EventBridge (1 = Sunday) to croner (0 = Sunday)', () => {
    expect(toCronerPattern('cron(30 7 ? * 2 *)')).toBe('30 7 * * 1');
    expect(toCronerPattern('cron(0 8 ? * 2-6 *)')).toBe('0 8 * * 1-5');
    expect(toCronerPattern('cron(30 7 ? * MON *)')).toBe('30 7 * * MON');
  });

  it('refuses what it cannot honour', () => {
    expect(() => toCronerPattern('rate(5 minutes)')).toThrow();
    expect(() => toCronerPattern('cron(0 0 L * ? *)')).toThrow();
    expect(() => toCronerPattern('cron(0 0 1 * MON *)')).toThrow();
    expect(() => toCronerPattern('cron(0 0 * * ? 2027)')).toThrow();
  });

  it('fires a Monday 07:30 WITA schedule at 23:30 UTC on Sunday', () => {
    const next = new Cron(toCronerPattern('cron(30 7 ? * MON *)'), { timezone: 'Asia/Makassar', paused: true }).nextRun(
      new Date('2026-11-30T00:00:00Z'),
    );
    expect(next?.toISOString()).toBe('2026-12-06T23:30:00.000Z');
  });

  it('spells out EventBridge steps from a start (0/5) as croner ranges', () => {
    expect(toCronerPattern('cron(0/5 * * * ? *)')).toBe('0-59/5 * * * *');
    const next = new Cron(toCronerPattern('cron(0/5 * * * ? *)'), { timezone: 'Asia/Makassar', paused: true }).nextRun(new Date('2026-11-30T00:01:00Z'));
    expect(next?.toISOString()).toBe('2026-11-30T00:05:00.000Z');
  });

  it('fires the reminder jobs on weekday mornings in WITA, skipping the weekend', () => {
    const next = (name: keyof typeof SCHEDULES, from: string) =>
      new Cron(toCronerPattern(SCHEDULES[name].cron), { timezone: SCHEDULES[name].timezone, paused: true }).nextRun(new Date(from))?.toISOString();
    // Friday 4 December 2026, 09:00 WITA: the next run is Monday 7 December, 08:00 WITA.
    expect(next('jp-reminders', '2026-12-04T01:00:00Z')).toBe('2026-12-07T00:00:00.000Z');
    expect(next('supervisor-digests', '2026-12-04T01:00:00Z')).toBe('2026-12-07T00:00:00.000Z');
    expect(next('escalations', '2026-12-04T01:00:00Z')).toBe('2026-12-07T00:30:00.000Z');
  });

  it('turns every schedule in the manifest into a pattern croner runs', () => {
    for (const spec of Object.values(SCHEDULES)) {
      const job = new Cron(toCronerPattern(spec.cron), { timezone: spec.timezone, paused: true });
      expect(job.nextRun()).toBeInstanceOf(Date);
      job.stop();
    }
  });
});
