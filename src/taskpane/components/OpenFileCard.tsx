/** File mode before a workbook is open: what file mode is, the "Buka berkas .xlsx" button and the privacy note. */
import {
  Badge,
  Body1,
  Caption1,
  Card,
  CardHeader,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentTable20Regular, LockClosed16Regular } from '@fluentui/react-icons';
import { format, type Strings } from '../i18n';
import { OpenFileButton } from '../OpenFileButton';

const useStyles = makeStyles({
  heading: { margin: 0 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
  cardBody: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM },
  note: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
});

export interface OpenFileCardProps {
  t: Strings;
  /** The picked file's name, once one is picked. */
  fileName: string | undefined;
  opening: boolean;
  onFile(file: File): void;
}

export function OpenFileCard({ t, fileName, opening, onFile }: OpenFileCardProps) {
  const styles = useStyles();
  return (
    <Card>
      <CardHeader
        image={<DocumentTable20Regular aria-hidden="true" />}
        header={
          <Subtitle2 as="h2" className={styles.heading}>
            {t.fileModeTitle}
          </Subtitle2>
        }
        action={
          <Badge appearance="tint" color="brand">
            .xlsx · .xlsm
          </Badge>
        }
      />
      <div className={styles.cardBody}>
        <Body1 as="p" block className={styles.tagline}>
          {t.fileModeHint}
        </Body1>
        <OpenFileButton label={t.openFile} onFile={onFile} />
        {fileName && <Text role="status">{format(t.fileChosen, { name: fileName })}</Text>}
        {opening && <Spinner size="tiny" label={t.fileOpening} />}
        <Caption1 className={styles.note}>
          <LockClosed16Regular aria-hidden="true" /> {t.privacyNote}
        </Caption1>
      </div>
    </Card>
  );
}
