import * as z from 'zod/mini';
import { pageQuery } from './common.ts';

export const TeamQuery = z.strictObject({ ...pageQuery });
