import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { AppValidationError } from './errors.js';

/**
 * Reads a JSON file of `config/` against its schema; a missing file or a wrong field is an
 * `AppValidationError` naming the file and each field, so an operator can fix it.
 */
export function loadConfigFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  if (!existsSync(file)) throw new AppValidationError(`${file} is missing`, 'config');
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new AppValidationError(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      'config',
    );
  }
  return parsed.data;
}
