/** Requests to a real host as a test sees them, and the built files they are compared with. */
import { globSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  location: string | undefined;
  headers: IncomingHttpHeaders;
  /** The bytes as sent, not decompressed. */
  bytes: Buffer;
  body: string;
}

/**
 * A GET with the path sent exactly as written (fetch and URL would normalise "/./" and "%2e"),
 * whose body is the bytes as sent (fetch would decompress them).
 */
export function rawGet(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method: 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, location: response.headers.location, headers: response.headers, bytes, body: bytes.toString('utf8') });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

/** Every file of the build in dist/ as the hosts serve it, relative: no host file, no compressed copy. */
export function servedFiles(): string[] {
  return globSync('**/*', { cwd: 'dist', withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.replace(/^.*?dist\/?/, ''))
    .filter((file) => !/^_(headers|redirects)$/.test(file) && !/\.(gz|br)$/.test(file))
    .sort();
}

/** A file's address: a page's is its folder's. */
export const addressOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
