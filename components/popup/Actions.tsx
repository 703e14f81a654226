// The popup's actions on an article.
import type { CopyStatus } from '../../utils/models/popup';
import type { T } from '../../utils/i18n';

export function Actions({ t, readerOpen, busy, copyStatus, onToggleReader, onCopy }: {
  t: T;
  readerOpen: boolean;
  busy: boolean;
  copyStatus: CopyStatus;
  onToggleReader: () => void;
  onCopy: () => void;
}) {
  const copyLabel = copyStatus === 'copied' ? t('copied') : copyStatus === 'failed' ? t('copyFailed') : t('copyMarkdown');
  return (
    <div class="actions" role="group" aria-label={t('actionsLabel')}>
      <button
        type="button"
        class="button primary"
        data-testid="toggle-reader"
        aria-pressed={readerOpen}
        disabled={busy}
        onClick={onToggleReader}
      >
        {readerOpen ? t('toggleReaderClose') : t('toggleReaderOpen')}
      </button>
      <button type="button" class="button" data-testid="copy-markdown" data-copy-status={copyStatus} onClick={onCopy}>
        {copyLabel}
      </button>
      <span class="visually-hidden" role="status" aria-live="polite">
        {copyStatus === 'idle' ? '' : copyLabel}
      </span>
    </div>
  );
}
