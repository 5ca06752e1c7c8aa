/**
 * Time (Mutu Baku: Waktu): reading Waktu text into minutes, the working calendar, totals and the
 * Indonesian / English text of a duration. See ../../../../shared/contract/README.md, "Time arithmetic".
 */
export {
  minutesPerUnit,
  validateCalendar,
  isValidCalendar,
  CALENDAR_MIN,
  CALENDAR_MAX,
  type TimeUnit,
  type CalendarProblem,
} from './calendar';
export {
  parseWaktu,
  resolveUnitHint,
  foldText,
  isEmptyWaktu,
  MAX_WAKTU_LENGTH,
  type WaktuReading,
  type WaktuProblem,
  type ParseWaktuOptions,
} from './parse';
export { formatDuration, formatRange, displayMinutes, RANGE_DASH } from './format';
export {
  totalDuration,
  durationPerActor,
  actorTimes,
  type TimedStep,
  type ActorStep,
  type ActorDuration,
} from './total';
export { readStepTime, describeWaktuProblem, type StepTime } from './step';
