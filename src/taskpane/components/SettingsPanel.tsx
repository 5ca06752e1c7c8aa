/**
 * Settings in a drawer over the pane: language, working calendar (checked with validateCalendar, the
 * same ranges as the CLI's flags: 1-1440 minutes a day, 1-7 days a week, 1-31 days a month; a value out
 * of range shows its message under the field and is not applied), and each rule on or off. Changes apply at once and are stored.
 */
import {
  Button,
  Caption1,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  OverlayDrawer,
  Radio,
  RadioGroup,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowResetRegular, Dismiss24Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { CALENDAR_MAX, CALENDAR_MIN, validateCalendar } from '../../core/duration';
import type { Calendar, Lang } from '../../core/model';
import { RULES } from '../../core/rules/registry';
import type { Strings } from '../i18n';
import { DEFAULT_SETTINGS, type Settings } from '../settings';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXXL,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
  },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  calendar: { display: 'grid', gridTemplateColumns: '1fr', gap: tokens.spacingVerticalS },
  rule: { display: 'flex', flexDirection: 'column' },
  ruleId: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground3,
    marginLeft: '44px',
    marginTop: '-6px',
  },
});

export interface SettingsPanelProps {
  open: boolean;
  settings: Settings;
  lang: Lang;
  t: Strings;
  onChange: (settings: Settings) => void;
  onClose: () => void;
}

const FIELDS: (keyof Calendar)[] = ['minutesPerDay', 'daysPerWeek', 'daysPerMonth'];

export function SettingsPanel({ open, settings, lang, t, onChange, onClose }: SettingsPanelProps) {
  const styles = useStyles();
  // The calendar is edited as text so a half-typed number does not reset the field.
  const [draft, setDraft] = useState<Record<keyof Calendar, string>>(() => calendarText(settings.calendar));
  useEffect(() => setDraft(calendarText(settings.calendar)), [settings.calendar]);
  const parsed = Object.fromEntries(
    FIELDS.map((f) => [f, draft[f].trim() === '' ? NaN : Number(draft[f].replace(',', '.'))])
  );
  const problems = validateCalendar(parsed);

  const editCalendar = (field: keyof Calendar, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    const calendar = Object.fromEntries(
      FIELDS.map((f) => [f, Number(next[f].replace(',', '.'))])
    ) as unknown as Calendar;
    if (FIELDS.every((f) => next[f].trim() !== '') && validateCalendar(calendar).length === 0)
      onChange({ ...settings, calendar });
  };

  return (
    <OverlayDrawer open={open} position="end" size="full" onOpenChange={(_, data) => !data.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={<Button appearance="subtle" aria-label={t.close} icon={<Dismiss24Regular />} onClick={onClose} />}
        >
          {t.settings}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        <RadioGroup
          aria-label={t.language}
          value={settings.language}
          onChange={(_, data) => onChange({ ...settings, language: data.value as Settings['language'] })}
        >
          <Subtitle2 as="h3" className={styles.heading}>
            {t.language}
          </Subtitle2>
          <Radio value="auto" label={t.languageAuto} />
          <Radio value="id" label="Bahasa Indonesia" />
          <Radio value="en" label="English" />
        </RadioGroup>

        <section className={styles.section}>
          <Subtitle2 as="h3" className={styles.heading}>
            {t.calendarTitle}
          </Subtitle2>
          <div className={styles.calendar}>
            {FIELDS.map((field) => {
              const problem = problems.find((p) => p.field === field);
              return (
                <Field
                  key={field}
                  label={t[field]}
                  validationState={problem ? 'error' : 'none'}
                  validationMessage={problem ? problem[lang] : undefined}
                >
                  <Input
                    type="number"
                    inputMode="decimal"
                    min={CALENDAR_MIN}
                    max={CALENDAR_MAX[field]}
                    value={draft[field]}
                    onChange={(_, data) => editCalendar(field, data.value)}
                  />
                </Field>
              );
            })}
          </div>
        </section>

        <section className={styles.section}>
          <Subtitle2 as="h3" className={styles.heading}>
            {t.rulesTitle}
          </Subtitle2>
          <Caption1 className={styles.hint}>{t.rulesHint}</Caption1>
          {RULES.map(({ meta: rule }) => (
            <div key={rule.id} className={styles.rule}>
              <Switch
                label={rule.description[lang]}
                checked={settings.rules[rule.id] !== 'off'}
                onChange={(_, data) => {
                  const rules = { ...settings.rules };
                  if (data.checked) delete rules[rule.id];
                  else rules[rule.id] = 'off';
                  onChange({ ...settings, rules });
                }}
              />
              <Caption1 className={styles.ruleId}>{rule.id}</Caption1>
            </div>
          ))}
        </section>

        <Button icon={<ArrowResetRegular />} onClick={() => onChange(structuredClone(DEFAULT_SETTINGS))}>
          {t.resetSettings}
        </Button>
      </DrawerBody>
    </OverlayDrawer>
  );
}

function calendarText(c: Calendar): Record<keyof Calendar, string> {
  return {
    minutesPerDay: String(c.minutesPerDay),
    daysPerWeek: String(c.daysPerWeek),
    daysPerMonth: String(c.daysPerMonth),
  };
}
