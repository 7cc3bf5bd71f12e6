/** Shell preferences that belong to this machine, not to the store (theme, for now). */
import fs from 'node:fs';
import { z } from 'zod';

const Settings = z.object({ theme: z.enum(['system', 'light', 'dark']).default('system') });
export type Settings = z.infer<typeof Settings>;

export function loadSettings(file: string): Settings {
  try {
    return Settings.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return Settings.parse({});
  }
}

export function saveSettings(file: string, settings: Settings): void {
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(settings));
  fs.renameSync(`${file}.tmp`, file);
}
