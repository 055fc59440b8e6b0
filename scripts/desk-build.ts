/**
 * `npm run desk:build`: the browser desk for a host, in dist-desk/ (src/editor/desk-files.ts),
 * with the headers each documented host applies: `_headers` for a Cloudflare Pages project of its
 * own, and dist-desk-nginx.conf, the lines for an nginx server block of its own
 * (docs/deploying.md, „The browser desk“). The backend is the repository on its git host:
 *
 *   DESK_REPO=owner/name [DESK_BRANCH=main] [DESK_BACKEND=github|gitlab|gitea]
 *   [DESK_API_URL=https://api.github.com] [DESK_AUTH_URL=https://desk-auth.example.org] npm run desk:build
 *
 * DESK_AUTH_URL is the service that signs editors in with GitHub (Decap's `base_url`); GitLab and
 * Gitea sign in from the browser (PKCE) and need none.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDesk, DESK_HEADERS, DESK_OUT_DIR, deskPolicy, type DeskBackend } from '../src/editor/desk-files.ts';
import { nginxString } from '../src/outputs/hosting/host-files.ts';

const API: Record<string, string> = { github: 'https://api.github.com', gitlab: 'https://gitlab.com', gitea: '' };
const repo = process.env['DESK_REPO'];
const name = process.env['DESK_BACKEND'] ?? 'github';
if (repo === undefined || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !(name in API)) {
  console.error('npm run desk:build: set DESK_REPO=owner/name (and DESK_BACKEND to github, gitlab or gitea) for the repository the desk edits.');
  process.exit(1);
}
const api = process.env['DESK_API_URL'] ?? API[name] ?? '';
if (api === '') {
  console.error('npm run desk:build: a Gitea or Forgejo repository needs DESK_API_URL, the address of its API.');
  process.exit(1);
}
const auth = process.env['DESK_AUTH_URL'];
const backend: DeskBackend = {
  name,
  repo,
  branch: process.env['DESK_BRANCH'] ?? 'main',
  // Every change is a pull request; its build, the content checks, is the proof-reader.
  ...(process.env['DESK_API_URL'] !== undefined && { api_root: api }),
  ...(auth !== undefined && { base_url: auth }),
  ...(name !== 'github' && { auth_type: 'pkce' }),
};
await buildDesk(DESK_OUT_DIR, backend);
const connect = [new URL(api).origin, ...(auth === undefined ? [] : [new URL(auth).origin])];
const headers = { ...DESK_HEADERS, 'content-security-policy': deskPolicy(connect) };
writeFileSync(join(DESK_OUT_DIR, '_headers'), `/*\n${Object.entries(headers).map(([key, value]) => `  ${key}: ${value}`).join('\n')}\n`);
writeFileSync(`${DESK_OUT_DIR}-nginx.conf`, `${Object.entries(headers).map(([key, value]) => `add_header ${key} ${nginxString(value)} always;`).join('\n')}\n`);
console.log(`wrote ${DESK_OUT_DIR}/ and ${DESK_OUT_DIR}-nginx.conf for ${name}:${repo}`);
