/** With several SOPs checked, picks the one the cards below show (the first by default). */
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { SopResult } from '../../core/check';
import type { Strings } from '../i18n';

const useStyles = makeStyles({
  picker: {
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  select: { width: '100%', minWidth: 0, '& select': { textOverflow: 'ellipsis' } },
});

export interface SopPickerProps {
  t: Strings;
  results: SopResult[];
  selected: number;
  onSelect(index: number): void;
}

export function SopPicker({ t, results, selected, onSelect }: SopPickerProps) {
  const styles = useStyles();
  return (
    <Field label={t.pickSop} className={styles.picker}>
      <Select className={styles.select} value={String(selected)} onChange={(_, data) => onSelect(Number(data.value))}>
        {results.map((r, i) => (
          <option key={`${r.sop.sheet}!${r.sop.tableRange}`} value={i}>
            {`${i + 1}. ${r.sop.name ?? t.unnamedSop} · ${r.sop.tableRange}`}
          </option>
        ))}
      </Select>
    </Field>
  );
}
