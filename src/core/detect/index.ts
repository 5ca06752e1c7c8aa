/** Finding SOP tables and identity blocks in a grid; see table.ts, identity.ts and labels.ts. */
export {
  findHeaderCandidates,
  detectTable,
  mergeIndex,
  isStepNumber,
  type DetectedTable,
  type HeaderCandidate,
  type StepSpan,
} from './table';
export { readIdentity, emptyIdentity, type IdentityResult } from './identity';
export {
  headerRole,
  identityLabel,
  titleName,
  isSopTitle,
  isSignatureLine,
  waktuUnit,
  type ColumnRole,
} from './labels';
