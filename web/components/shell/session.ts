'use client';

import { createContext, useContext } from 'react';
import type { Role, User } from '@/lib/api/types';

export const SessionContext = createContext<User | undefined>(undefined);

/** The signed-in user; AppShell renders its children only once it is known. */
export function useUser(): User {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useUser: outside AppShell');
  return user;
}

/** UI hint only: the API checks roles on every field. */
export function hasRole(user: User, ...roles: Role[]): boolean {
  return roles.includes(user.role);
}
