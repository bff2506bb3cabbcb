import { claimReminderOnce, settleReminder } from '../data/reminder-repository.ts';
import { mondayOf } from '../domain/working-days.ts';
import { logger } from '../logger.ts';
import { sendEmail, type OutgoingEmail } from '../notify/ses.ts';

/** What every reminder email shares: who it is from, where replies go, how it is signed, where the form is. */
export interface ReminderMailSettings {
  readonly from: string;
  readonly replyTo: string;
  readonly signature: string;
  readonly publicBaseUrl: string;
}

/** The form's address and its help page, for the links in a reminder. */
export const formLinks = (settings: Pick<ReminderMailSettings, 'publicBaseUrl'>) => {
  const base = settings.publicBaseUrl.replace(/\/+$/, '');
  return { formUrl: `${base}/`, helpUrl: `${base}/bantuan.html` };
};

/**
 * At most `cap` sends in one run, so a data error cannot mail the whole city twice over;
 * what a run leaves out, the next run (or the next day) picks up, since nothing was claimed for it.
 */
export class RunCap {
  sent = 0;
  failed = 0;
  constructor(private readonly cap: number) {}
  get reached(): boolean {
    return this.sent + this.failed >= this.cap;
  }
}

export type ReminderOutcome = 'SENT' | 'FAILED' | 'ALREADY_SENT';

/**
 * One reminder of a kind to a person on a day: claimed first (a conditional write), then sent, then settled.
 * A re-run or a duplicate invocation finds the claim and sends nothing; a failed send is not retried the same
 * day, because missing one reminder is better than sending two.
 */
export async function sendReminderOnce(
  reminder: { readonly nip: string; readonly unitId: string; readonly kind: string; readonly date: string; readonly now: Date },
  email: Omit<OutgoingEmail, 'cc' | 'attachments' | 'tags' | 'replyTo' | 'from'>,
  settings: ReminderMailSettings,
  cap: RunCap,
): Promise<ReminderOutcome> {
  if (!(await claimReminderOnce(reminder.nip, reminder.kind, reminder.date, reminder.now))) return 'ALREADY_SENT';
  let messageId: string;
  try {
    messageId = await sendEmail({ ...email, from: settings.from, replyTo: [settings.replyTo], cc: [], attachments: [], tags: { kind: reminder.kind } });
  } catch (error) {
    await settleReminder(reminder.nip, reminder.kind, reminder.date, { status: 'FAILED', reason: (error as Error).name });
    logger.warn('Reminder not sent', { kind: reminder.kind, error: (error as Error).name });
    cap.failed++;
    return 'FAILED';
  }
  // Counted for the adoption dashboard in the same write that marks it sent.
  const tally = { unitId: reminder.unitId, weekOf: mondayOf(reminder.date), sentAt: reminder.now.toISOString() };
  await settleReminder(reminder.nip, reminder.kind, reminder.date, { status: 'SENT', messageId, tally });
  cap.sent++;
  return 'SENT';
}
