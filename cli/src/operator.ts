import os from 'node:os';

/** Who ran a command, for the audit log (the CLI has no session): `cli:<os user>`. */
export function operator(): string {
  return `cli:${os.userInfo().username}`;
}
