/** The outcome of the last action as a Fluent MessageBar: a title, what happened or what to do, details. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import type { Notice } from '../notices';

export function NoticeBar({
  notice,
  dismissLabel,
  onDismiss,
}: {
  notice: Notice;
  dismissLabel: string;
  onDismiss: () => void;
}) {
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.body}
        {notice.details?.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            aria-label={dismissLabel}
            icon={<Dismiss16Regular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
