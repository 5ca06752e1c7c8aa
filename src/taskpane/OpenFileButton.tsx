/**
 * A clear Fluent button that opens a hidden file input for .xlsx and .xlsm workbooks. The input itself carries
 * the accessible name, so assistive technology and tests (getByLabel) find the real file control.
 */
import { useRef, type CSSProperties } from 'react';
import { Button } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';
import { WORKBOOK_ACCEPT } from './download';

export interface OpenFileButtonProps {
  /** Button text and the input's aria-label. */
  label: string;
  /** Primary on the welcome card; subtle where it is a secondary action. */
  appearance?: 'primary' | 'subtle' | 'secondary';
  onFile: (file: File) => void;
}

export function OpenFileButton({ label, appearance = 'primary', onFile }: OpenFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        appearance={appearance}
        size={appearance === 'primary' ? 'large' : 'medium'}
        icon={<FolderOpen20Regular />}
        onClick={() => input.current?.click()}
      >
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={WORKBOOK_ACCEPT}
        aria-label={label}
        // The button is the keyboard stop; the input stays out of the tab order.
        tabIndex={-1}
        style={visuallyHidden}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          // Allow picking the same file again after it was edited on disk.
          event.target.value = '';
        }}
      />
    </>
  );
}

/** Hidden from sight but still focusable and in the accessibility tree (unlike display: none). */
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
