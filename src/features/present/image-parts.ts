// What the exported picture says around the map, taken from what is on screen: the slide or
// theme title, the legend rows, every source behind the boundaries and figures shown, and the date.
import { citationText, findFigure } from '../../lib/data/facts-query';
import type { Fact } from '../../lib/data/facts-types';
import { mapTheme } from '../../lib/style/map-theme';
import { SITE_CATEGORIES, categoryKey } from '../investor/site-labels';
import { qualifierPrefix } from '../../lib/data/figure-text';
import { appData } from '../../lib/state/app-data.svelte';
import { locale } from '../../lib/state/locale.svelte';
import { present } from '../../lib/state/present.svelte';
import { theme } from '../../lib/state/theme.svelte';
import { themeView } from '../../lib/state/theme-view.svelte';
import { view } from '../../lib/state/view.svelte';
import type { ImageParts, LegendEntry } from './export-image';
import { annotationText } from '../../i18n/annotations';
import { sourceTexts } from '../../i18n/sources';

export function currentImageParts(): ImageParts {
  const t = locale.t;
  const slide = present.active ? present.current : null;
  const themeName = themeView.definition
    ? locale.lang === 'vi'
      ? themeView.definition.nameVi
      : themeView.definition.nameEn
    : theme.theme === 'ntm'
      ? t('themeNtm')
      : themeView.userSet
        ? `${themeView.userSet.label} (${themeView.userSet.unit})`
        : '';
  const themeYear = theme.indicator && theme.year ? String(theme.year) : themeView.userSet ? String(themeView.userSet.year) : '';
  const title = slide?.title || [themeName, themeYear].filter(Boolean).join(', ') || t('appTitle');
  const version = view.adminVersion === '2025' ? t('version2025') : t('version2020');
  const subtitle = title === t('appTitle') ? version : `${t('appTitle')} · ${version}`;

  const legend: LegendEntry[] = themeView.legend.map((row) => ({ label: row.label, colour: row.colour }));
  if (theme.indicator && theme.year) {
    legend.push({ label: t('legendCoverage', { n: themeView.values.size, total: appData.index?.districts.length ?? 13, year: theme.year }) });
    for (const q of new Set([...themeView.values.values()].map((f) => f.qualifier))) {
      if (q)
        legend.push({
          label: t(q === 'over' ? 'legendOver' : q === 'about' ? 'legendAbout' : 'legendUnder', { sign: qualifierPrefix(locale.lang, q).trim() }),
        });
    }
  }
  if (theme.theme === 'ntm') legend.push({ label: t('ntmHasKieuMau'), colour: '#ffffff', symbol: { kind: 'dots' } });
  if (view.adminVersion === '2020') {
    legend.push({ label: t('legendApproxBoundary'), symbol: { kind: 'hatch' } });
    legend.push({ label: t('legendMixed'), symbol: { kind: 'cross-hatch' } });
  }
  legend.push({ label: t('legendBayWater'), colour: '#c9dde8' });
  if (view.layers.zones) legend.push({ label: t('legendZone'), dashed: true, colour: '#c0501a' });
  if (view.layers.sites) {
    for (const c of SITE_CATEGORIES)
      legend.push({ label: t(categoryKey[c]), colour: mapTheme.sites[c].colour, symbol: { kind: 'site', code: mapTheme.sites[c].code } });
    legend.push({ label: t('legendSiteApprox'), symbol: { kind: 'halo' } });
  }

  // Every source of what is shown, by its citation entry: the theme's figures and the slide's own.
  const cite = (fact: Fact) => annotationText(locale.lang, citationText(fact.source, appData.facts?.citations ?? [], t('seedArticle', { n: '{n}' })));
  const figureSources = new Set<string>();
  for (const fact of themeView.values.values()) figureSources.add(cite(fact));
  if (themeView.userSet) figureSources.add(t('userTableSourceShort', { source: themeView.userSet.source }));
  const slideFigures = slide && appData.facts ? slide.figures.map((ref) => findFigure(appData.facts!.facts, ref)).filter((f): f is Fact => !!f) : [];
  const slideSources = new Set(slideFigures.map(cite));
  const sources = [
    ...appData.sources.map((s) => s.attribution),
    ...(figureSources.size ? [`${t('figuresFrom')}: ${[...figureSources].join(', ')}`] : []),
    ...(slideSources.size ? [`${t('slideFiguresFrom')}: ${[...slideSources].join('; ')}`] : []),
    ...(slide?.sources ?? []).map((id) => {
      const s = appData.sources.find((x) => x.id === id);
      return s ? sourceTexts(locale.lang, s).title : id;
    }),
  ];
  const date = `${t('exportedOn')} ${new Intl.DateTimeFormat(locale.lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long' }).format(new Date())}`;
  return { title, subtitle, caption: slide?.caption ?? '', legend, sources: [...new Set(sources)], date, formatNumber: (n) => locale.n(n) };
}
