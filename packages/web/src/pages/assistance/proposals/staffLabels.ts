// Words only the staff's pages show: the program's level and an exit reason, from the domain's tables. Not in
// labels.ts, which the citizen's chunk shares (its first visit carries only what it shows); not the assistance
// pages' labels module either, whose sharing would split it out of the household page's chunk into a response
// of its own.
import { EXIT_REASON_LABELS, PROGRAM_LEVEL_LABELS } from '@smart-kampung/domain';
import { pick } from './labels.ts';

export const programLevelLabel = pick(PROGRAM_LEVEL_LABELS);
export const exitReasonLabel = pick(EXIT_REASON_LABELS);
