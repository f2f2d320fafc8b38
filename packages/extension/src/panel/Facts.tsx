/** What was extracted: title length against its placement's limits, mobile truncation preview, bullets, media, reviews. */
import { type PlacementId, placements } from '@revloop/core/copy';
import type { Listing } from '@revloop/core/listing';
import { t } from '../ui/i18n.js';

const TITLE_PLACEMENT: Record<string, PlacementId> = {
  amazon: 'amazon.title',
  walmart: 'walmart.title',
  shopify: 'seo.title',
  generic: 'seo.title',
};

/** Grapheme-aware length (emoji count once), as the placement catalog counts. */
export function charLength(text: string): number {
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  return Seg ? [...new Seg('en', { granularity: 'grapheme' }).segment(text)].length : [...text].length;
}

export function mobilePreview(title: string, at: number): string {
  const chars = [...title];
  return chars.length <= at ? title : `${chars.slice(0, at).join('').trimEnd()}…`;
}

export function Facts({ listing }: { listing: Listing }) {
  const placement = placements[TITLE_PLACEMENT[listing.marketplace] ?? 'seo.title'];
  const title = listing.title ?? '';
  const length = charLength(title);
  const hard = placement.hardLimit;
  const soft = placement.softLimit;
  const truncateAt = placement.truncateAt ?? soft ?? 80;
  const yesNo = (v: boolean) => t(v ? 'yes' : 'no');
  return (
    <dl class="facts" data-testid="facts">
      <dt>{t('factTitleLength')}</dt>
      <dd data-fact="title-length">
        <span
          class={hard !== undefined && length > hard ? 'over' : soft !== undefined && length > soft ? 'over' : 'ok'}
        >
          {length}
        </span>{' '}
        <span class="muted">
          {soft !== undefined ? `recommended ≤ ${soft}` : ''}
          {hard !== undefined ? `, max ${hard}` : ''} ({placement.label})
        </span>
      </dd>
      <dt>{t('factMobilePreview')}</dt>
      <dd>
        <div class="preview" data-fact="mobile-preview">
          {title ? mobilePreview(title, truncateAt) : '—'}
        </div>
      </dd>
      <dt>{t('factBullets')}</dt>
      <dd data-fact="bullets">{listing.bullets.length}</dd>
      <dt>{t('factImages')}</dt>
      <dd data-fact="images">
        {listing.images.length}
        <div class="thumbs">
          {listing.images.slice(0, 12).map((img, i) => (
            <span key={`${img.url}-${i}`} title={img.url}>
              {img.width && img.height ? `${img.width}×${img.height}` : '?×?'}
            </span>
          ))}
        </div>
      </dd>
      <dt>{t('factAPlus')}</dt>
      <dd data-fact="aplus">
        {yesNo(listing.hasAPlus)}
        {listing.hasAPlus ? ` (${listing.aPlusModuleCount})` : ''}
      </dd>
      <dt>{t('factVideo')}</dt>
      <dd data-fact="video">{listing.videoCount}</dd>
      <dt>{t('factRating')}</dt>
      <dd data-fact="rating">{listing.rating ?? t('unknown')}</dd>
      <dt>{t('factReviews')}</dt>
      <dd data-fact="reviews">{listing.reviewCount ?? t('unknown')}</dd>
      <dt>{t('factPrice')}</dt>
      <dd data-fact="price">{listing.price ? `${listing.price.amount} ${listing.price.currency}` : t('unknown')}</dd>
    </dl>
  );
}
