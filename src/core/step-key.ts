/**
 * The one key a step goes by in branches, findings, lane marks and `stepsWithoutTime`: its number, or
 * "row N" when it has none (no number, or an empty or blank one).
 */
export function stepKey(step: { no: string | null; row: number }): string {
  const no = step.no?.trim();
  return no ? no : `row ${step.row}`;
}
