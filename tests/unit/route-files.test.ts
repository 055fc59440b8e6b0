import { expect, it } from 'vitest';
import { routeFiles } from '../../src/outputs/hosting/route-files.ts';

it('lists every file of every route relative to the output folder, sorted', () => {
  const outDir = new URL('file:///srv/dist/');
  const assets = new Map([
    ['/[section]/[...page]', [new URL('chronik/seite/2/index.html', outDir), new URL('chronik/index.html', outDir)]],
    ['/feed.xml', [new URL('feed.xml', outDir)]],
    ['/404', [new URL('404.html', outDir)]],
  ]);
  expect(routeFiles(assets, outDir)).toEqual(['404.html', 'chronik/index.html', 'chronik/seite/2/index.html', 'feed.xml']);
});
