import * as z from 'zod/mini';

export const PreferencesBody = z.strictObject({ nudges: z.boolean('Isi nudges dengan true atau false.') });
