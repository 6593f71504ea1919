import { gql } from './client';
import type { User } from './types';

const viewerFields = 'username role';

export async function login(username: string, password: string): Promise<User> {
  const data = await gql<{ login: { user: Omit<User, 'disabled'> } }>(
    `mutation Login($username: String!, $password: String!) {
      login(username: $username, password: $password) { user { ${viewerFields} } expiresAt }
    }`,
    { username, password },
  );
  return { ...data.login.user, disabled: false };
}

export async function logout(): Promise<void> {
  await gql<{ logout: boolean }>('mutation Logout { logout }');
}

export async function me(): Promise<User> {
  const data = await gql<{ me: Omit<User, 'disabled'> }>(`query Me { me { ${viewerFields} } }`);
  return { ...data.me, disabled: false };
}
