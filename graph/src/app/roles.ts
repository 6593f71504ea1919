/** The roles of the platform; the API declares per field which of them may call it. */
export const ROLES = ['INVESTIGATOR', 'ANALYST', 'SUPERVISOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who is acting: the signed-in user as the application layer sees them. */
export interface Actor {
  username: string;
  role: Role;
}
