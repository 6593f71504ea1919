/**
 * `@arna/graph/app`: the application's own records — users, sessions, the audit chain,
 * saved pattern queries, the lead workflow and retention.
 */
export { ROLES, isRole, type Role, type Actor } from './roles.js';
export {
  AppValidationError,
  AppNotFoundError,
  AppForbiddenError,
  QueryRefusedError,
} from './errors.js';
export { canonicalJson, sha256Hex } from './canonical-json.js';
export { pageWindow } from './page-window.js';
export {
  hashPassword,
  verifyPassword,
  checkPasswordPolicy,
  MIN_PASSWORD_LENGTH,
} from './passwords.js';
export { createUser, updateUser, listUsers, type User } from './users.js';
export {
  login,
  logout,
  resolveSession,
  purgeExpiredSessions,
  hashToken,
  sessionHours,
  type SessionUser,
  type NewSession,
} from './sessions.js';
export {
  appendAudit,
  appendAuditBatch,
  AuditWriter,
  listAudit,
  auditHash,
  type AuditEntry,
  type AuditRecord,
  type AuditFilter,
} from './audit.js';
export { verifyAudit, type AuditVerification } from './audit-verify.js';
export * from './leads/index.js';
export * from './saved-queries/index.js';
export {
  applyRetention,
  loadRetentionConfig,
  retentionCutoff,
  retentionConfigPath,
  type RetentionConfig,
  type RetentionResult,
} from './retention.js';
