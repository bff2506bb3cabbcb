import * as z from 'zod';

export const PreferencesBody = z.strictObject({ nudges: z.boolean('Isi nudges dengan true atau false.') });
