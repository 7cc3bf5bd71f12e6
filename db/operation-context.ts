/**
 * What an operation can use besides the connection: state that lives as long as the
 * worker (open import previews, the officials matcher) and its line to the client
 * (progress reports, the cancel flag the client can raise while the worker is busy).
 */
import type { BackupPlace } from './backup-state.ts';
import type { MentionFinder } from './import/parse-document.ts';
import type { PreviewStore } from './import/previews.ts';

export interface Progress {
  task: string;
  phase: 'reading' | 'parsing' | 'writing';
  done: number;
  total: number;
}

export interface OperationContext {
  previews: PreviewStore;
  /** The officials matcher, including people the analyst added; rebuilt after they change. */
  mentionFinder(): MentionFinder;
  forgetMentionFinder(): void;
  progress(report: Progress): void;
  /** True once the client asked to cancel the running task. */
  isCancelled(): boolean;
  /** Lowers the cancel flag; called when a cancellable task starts. */
  clearCancel(): void;
  /** Where the store and its backups are, and whether it changed since the last backup. */
  backups: BackupPlace;
}
