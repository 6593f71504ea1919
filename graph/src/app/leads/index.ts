export {
  LEAD_STATUSES,
  DISMISS_REASONS,
  isDismissReason,
  type LeadStatus,
  type DismissReason,
  type LeadAction,
  type LeadActionType,
  type LeadState,
  type LeadEvent,
  type LeadWorkflow,
} from './workflow-types.js';
export {
  addWorkingDays,
  deadlinesOf,
  withDeadlines,
  ACKNOWLEDGE_WITHIN_HOURS,
  DECIDE_WITHIN_WORKING_DAYS,
} from './deadlines.js';
export {
  WorkCalendar,
  workCalendar,
  loadCalendarConfig,
  type CalendarConfig,
} from './work-calendar.js';
export { applyLeadAction, initialLeadState } from './transitions.js';
export { actOnLead, readLeadWorkflows, readLeadHistory, leadIdsByState } from './lead-store.js';
