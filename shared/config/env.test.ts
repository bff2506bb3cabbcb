import { describe, expect, it } from 'vitest';
import { mailSettings, type Config } from './env.ts';

describe('mailSettings', () => {
  it('turns the one-line signature into real lines, for every mailer alike', () => {
    const env = { MAIL_FROM: 'ekinerja@example.id', MAIL_REPLY_TO: 'bkpsdm@example.id', MAIL_SIGNATURE: 'BKPSDM\\nKota Kendari', PUBLIC_BASE_URL: 'https://ekinerja.example.id' } as Config;
    expect(mailSettings(env)).toEqual({ from: 'ekinerja@example.id', replyTo: 'bkpsdm@example.id', signature: 'BKPSDM\nKota Kendari', publicBaseUrl: 'https://ekinerja.example.id' });
  });
});
