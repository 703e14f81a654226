// The whole popup for one state. Presentational: the model's signals in, events out.
import type { PopupModel } from '../../utils/models/popup';
import type { T } from '../../utils/i18n';
import { Actions } from './Actions';
import { ArticleView } from './ArticleView';
import { ErrorMessage, NotArticle, Restricted, Working } from './StatusPanel';

export interface PopupViewProps {
  model: PopupModel;
  t: T;
  locale: string;
  images: boolean;
  onToggleReader: () => void;
  onCopy: () => void;
  onOpenSettings: () => void;
}

export function PopupView({ model, t, locale, images, onToggleReader, onCopy, onOpenSettings }: PopupViewProps) {
  const state = model.state.value;
  return (
    <main data-testid="popup" data-state={state.kind} class="popup" aria-busy={state.kind === 'working'}>
      <div class="bar">
        <span class="brand">{t('popupLabel')}</span>
        <button type="button" class="button quiet" data-testid="open-settings" onClick={onOpenSettings}>
          {t('openSettings')}
        </button>
      </div>
      {state.kind === 'working' && <Working t={t} />}
      {state.kind === 'not-article' && (
        <NotArticle t={t} hasText={state.result.article != null} onReadAnyway={model.readAnyway} />
      )}
      {state.kind === 'restricted' && <Restricted t={t} reason={state.reason} />}
      {state.kind === 'error' && <ErrorMessage t={t} message={state.message} />}
      {state.kind === 'article' && (
        <>
          <Actions
            t={t}
            readerOpen={model.readerOpen.value}
            busy={model.busy.value}
            copyStatus={model.copyStatus.value}
            onToggleReader={onToggleReader}
            onCopy={onCopy}
          />
          <ArticleView result={state.result} article={state.article} t={t} locale={locale} images={images} />
        </>
      )}
    </main>
  );
}
