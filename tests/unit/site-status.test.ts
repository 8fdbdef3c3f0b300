import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { TRANSLATED_STATUSES, siteStatus } from '../../src/i18n/site-status';

const sites = JSON.parse(readFileSync('public/data/sites.json', 'utf8')) as { sites?: { status: string }[] } | { status: string }[];
const list = Array.isArray(sites) ? sites : (sites.sites ?? []);

describe('site status in the UI language', () => {
  test('every status in the shipped sites has a Vietnamese text, so a Vietnamese card shows no English', () => {
    const statuses = [...new Set(list.map((s) => s.status).filter(Boolean))];
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect(TRANSLATED_STATUSES, status).toContain(status);
  });
  test('Vietnamese from the table, English as stored', () => {
    expect(siteStatus('vi', 'listed (2013)')).toEqual({ text: 'có trong danh mục (2013)', lang: 'vi' });
    expect(siteStatus('en', 'listed (2013)')).toEqual({ text: 'listed (2013)', lang: 'en' });
    expect(siteStatus('vi', 'something new')).toEqual({ text: 'something new', lang: 'en' });
  });
});
