// Every popup state that is not an article: never a blank popup, always a sentence a person
// understands and, where there is one, the next step.
import type { PopupErrorKey } from '../../utils/models/popup';
import type { RestrictedReason } from '../../utils/restricted';
import type { MessageKey, T } from '../../utils/i18n';

const RESTRICTED_MESSAGES: Record<RestrictedReason, MessageKey> = {
  'browser-page': 'restrictedBrowserPage',
  'web-store': 'restrictedWebStore',
  pdf: 'restrictedPdf',
  'file-access': 'restrictedFileAccess',
  unknown: 'restrictedUnknown',
};

export function Working({ t }: { t: T }) {
  return (
    <div class="status" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <p>{t('popupWorking')}</p>
    </div>
  );
}

export function NotArticle({ t, hasText, onReadAnyway }: { t: T; hasText: boolean; onReadAnyway: () => void }) {
  return (
    <div class="status">
      <p class="status-title">{t('popupNotArticle')}</p>
      <p class="status-hint">{hasText ? t('popupNotArticleHint') : t('popupNoText')}</p>
      <button type="button" class="button primary" data-testid="read-anyway" disabled={!hasText} onClick={onReadAnyway}>
        {t('popupReadAnyway')}
      </button>
    </div>
  );
}

export function Restricted({ t, reason }: { t: T; reason: RestrictedReason }) {
  return (
    <div class="status">
      <p data-testid="message" role="status">{t(RESTRICTED_MESSAGES[reason])}</p>
    </div>
  );
}

export function ErrorMessage({ t, message }: { t: T; message: PopupErrorKey }) {
  return (
    <div class="status">
      <p data-testid="message" role="alert">{t(message)}</p>
    </div>
  );
}
