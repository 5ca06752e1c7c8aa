/** missing-end: the flow does not end with a terminator (see terminator-rule.ts). */
import { terminatorRule } from './utils/terminator-rule';

export const missingEnd = terminatorRule('end');
