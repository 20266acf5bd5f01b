// Loading the site's files. Every path is relative to index.html, so a site
// works in a sub-folder of its host as well as at the root.

// The server has no file at the path (HTTP 404 or 410).
export class NotFoundError extends Error {
  constructor(path) {
    super(`not found: ${path}`);
    this.name = 'NotFoundError';
    this.path = path;
  }
}

// The server could not be reached or returned an unexpected status.
export class NetworkError extends Error {
  constructor(path, detail) {
    super(`cannot load ${path}: ${detail}`);
    this.name = 'NetworkError';
    this.path = path;
  }
}

async function request(path) {
  let response;
  try {
    // "no-cache" revalidates with the server, so that a nightly build is
    // seen at once, while unchanged files still come from the cache.
    response = await fetch(path, {
      cache: 'no-cache',
      credentials: 'same-origin',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    throw new NetworkError(path, error.message);
  }
  if (response.status === 404 || response.status === 410) {
    throw new NotFoundError(path);
  }
  if (!response.ok) {
    throw new NetworkError(path, `HTTP ${response.status}`);
  }
  return response;
}

// Fetches a file of the site as bytes.
export async function fetchBytes(path) {
  const response = await request(path);
  return new Uint8Array(await response.arrayBuffer());
}

// Fetches and parses a JSON file of the site.
export async function fetchJson(path) {
  const response = await request(path);
  try {
    return await response.json();
  } catch (error) {
    throw new NetworkError(path, `invalid JSON: ${error.message}`);
  }
}
