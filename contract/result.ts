/**
 * Every call crosses the process boundary as a result envelope rather than a thrown
 * error: Electron's IPC keeps only `message` of a thrown Error, and the renderer needs
 * the code to decide what to show.
 */
export type ErrorCode =
  | 'UNKNOWN_CHANNEL'
  | 'BAD_REQUEST'
  | 'FORBIDDEN_SENDER'
  | 'PAYLOAD_TOO_LARGE'
  | 'STORE_UNAVAILABLE'
  | 'NOT_FOUND'
  | 'INTERNAL';

export interface ContractError {
  code: ErrorCode;
  message: string;
  /** Field-level problems for BAD_REQUEST, as `path: message`. */
  issues?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

export class BriefingError extends Error {
  readonly code: ErrorCode;
  readonly issues: string[];
  constructor(error: ContractError) {
    super(error.message);
    this.name = 'BriefingError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new BriefingError(result.error);
}
