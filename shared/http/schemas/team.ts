import * as z from 'zod';
import { pageQuery } from './common.ts';

export const TeamQuery = z.strictObject({ ...pageQuery });
