// Publisher's key points, Kiji's summary bullets and the key quotes with their speakers.
import type { Quote, Summary } from '../../utils/pipeline/types';
import type { T } from '../../utils/i18n';

export function KeyPoints({ points, t, lang }: { points: string[]; t: T; lang: string }) {
  if (points.length === 0) return null;
  return (
    <section aria-labelledby="kiji-key-points">
      <h2 id="kiji-key-points">{t('sectionKeyPoints')}</h2>
      <ul data-testid="key-points" lang={lang}>
        {points.map((point, i) => <li key={i}>{point}</li>)}
      </ul>
    </section>
  );
}

export function SummaryBullets({ summary, t, lang }: { summary: Summary; t: T; lang: string }) {
  return (
    <section aria-labelledby="kiji-summary">
      <h2 id="kiji-summary">{t('sectionSummary')}</h2>
      {summary.bullets.length > 0 ? (
        <ul data-testid="summary" lang={lang}>
          {summary.bullets.map((bullet, i) => <li key={i}>{bullet}</li>)}
        </ul>
      ) : (
        <p class="empty">{t('noSummary')}</p>
      )}
    </section>
  );
}

export function Quotes({ quotes, t, lang }: { quotes: Quote[]; t: T; lang: string }) {
  return (
    <section aria-labelledby="kiji-quotes">
      <h2 id="kiji-quotes">{t('sectionQuotes')}</h2>
      {quotes.length > 0 ? (
        <ul class="quotes" lang={lang}>
          {quotes.map((quote, i) => (
            <li key={i}>
              <figure data-testid="quote" class="quote">
                <blockquote>{quote.text}</blockquote>
                <figcaption data-testid="quote-speaker">
                  {quote.speaker ?? t('unknownSpeaker')}
                  {quote.speakerOriginal && quote.speakerOriginal !== quote.speaker && (
                    <span class="speaker-original"> ({quote.speakerOriginal})</span>
                  )}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('noQuotes')}</p>
      )}
    </section>
  );
}
