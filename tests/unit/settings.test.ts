import { describe, expect, it } from 'vitest';
import { settingProblems } from '../../scripts/settings.ts';

describe('the deployer\'s settings', () => {
  it('pass when unset and when set right', () => {
    expect(settingProblems({})).toEqual([]);
    expect(settingProblems({ SITE_URL: 'https://www.netzchronik.de/', BASE_PATH: '/netzchronik/', NEWS_BUILD_TIME: '2026-11-27T08:00:00+01:00', NEWS_PRECOMPRESS: '0' })).toEqual([]);
  });

  it('name each wrong one in a line of its own, with the value it got', () => {
    expect(settingProblems({ SITE_URL: '/netzchronik', BASE_PATH: 'netzchronik', NEWS_BUILD_TIME: '2026-11-27T08:00:00', NEWS_PRECOMPRESS: 'ja' })).toEqual([
      'SITE_URL must be an absolute URL like https://www.example.de (got "/netzchronik")',
      'BASE_PATH must start and end with "/", like "/" or "/netzchronik/" (got "netzchronik")',
      'NEWS_BUILD_TIME must be an ISO 8601 time with an offset, e.g. 2026-11-27T08:00:00+01:00 (got "2026-11-27T08:00:00")',
      'NEWS_PRECOMPRESS must be 0 or 1, not "ja"',
    ]);
  });
});
