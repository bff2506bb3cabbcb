/**
 * EventBridge Scheduler cron `cron(min hour day-of-month month day-of-week year)` to the five-field
 * pattern croner runs locally. EventBridge numbers days of week 1–7 from Sunday; croner 0–6.
 * Only what the manifest uses is supported; anything else fails loudly rather than firing at the wrong time.
 */
export function toCronerPattern(expression: string): string {
  const match = /^cron\((.+)\)$/.exec(expression.trim());
  if (!match) throw new Error(`Not an EventBridge cron expression: ${expression}`);
  const fields = match[1]!.trim().split(/\s+/);
  if (fields.length !== 6) throw new Error(`EventBridge cron needs 6 fields: ${expression}`);
  const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = fields as [string, string, string, string, string, string];
  if (year !== '*') throw new Error(`Only year '*' is supported locally: ${expression}`);
  if (dayOfMonth !== '?' && dayOfWeek !== '?') throw new Error(`EventBridge needs '?' in day-of-month or day-of-week: ${expression}`);
  if (/[LW#]/.test(dayOfMonth + dayOfWeek)) throw new Error(`L, W and # are not supported locally: ${expression}`);
  const weekday = dayOfWeek === '?' ? '*' : dayOfWeek.replace(/\d/g, (d) => String(Number(d) - 1));
  return [stepFrom(minutes, 59), stepFrom(hours, 23), dayOfMonth === '?' ? '*' : stepFrom(dayOfMonth, 31), stepFrom(month, 12), weekday].join(' ');
}

/** EventBridge writes "from 0 every 5" as `0/5`; croner wants the range spelled out: `0-59/5`. */
function stepFrom(field: string, max: number): string {
  return field.replace(/^(\d+)\/(\d+)$/, (_, start: string, step: string) => `${start}-${max}/${step}`);
}
