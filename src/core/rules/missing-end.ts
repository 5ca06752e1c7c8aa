/** missing-end: the flow does not end with a terminator (see terminator-rule.ts). */
import { terminatorRule } from './terminator-rule';

export const missingEnd = terminatorRule('end');
