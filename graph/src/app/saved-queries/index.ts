export {
  QUERY_PARAM_TYPES,
  bindParams,
  checkParamDefinitions,
  type QueryParam,
  type QueryParamType,
  type QueryParamValue,
} from './query-params.js';
export {
  ALLOWED_PROCEDURES,
  checkQueryText,
  checkPlan,
  explainQuery,
  guardReadOnly,
  type QueryPlanFacts,
} from './query-guard.js';
export { runReadOnlyQuery, QUERY_LIMITS, type QueryResult } from './query-runner.js';
export {
  builtInQueries,
  canEdit,
  canSee,
  createSavedQuery,
  updateSavedQuery,
  shareSavedQuery,
  deleteSavedQuery,
  listSavedQueries,
  getSavedQuery,
  runSavedQuery,
  type SavedQuery,
  type SavedQueryInput,
} from './saved-query-store.js';
