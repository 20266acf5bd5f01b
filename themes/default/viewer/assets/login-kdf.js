// Runs the login key derivation in kdf-worker.js.

// Accepts a user name as the site format defines it and returns it
// normalised (trimmed, A-Z lowered), or null when no user can have it.
export function normaliseUserName(input) {
  const name = input.trim().replace(/[A-Z]/g,
    (letter) => letter.toLowerCase());
  return /^[a-z0-9][a-z0-9._-]{0,63}$/.test(name) ? name : null;
}

// Derives {locator (32 hex), keyringKey (32 bytes)} from the normalised
// user name and the password with the site's Argon2id cost. The worker ends
// afterwards, which frees its copy of the password and of the memory-hard
// state.
export function deriveLoginKeys(site, name, password) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./kdf-worker.js', import.meta.url));
    worker.onmessage = (event) => {
      worker.terminate();
      if (event.data.ok) {
        resolve({
          locator: event.data.locator,
          keyringKey: event.data.keyringKey,
        });
      } else {
        reject(new Error(`key derivation failed: ${event.data.error}`));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`key derivation failed: ${event.message}`));
    };
    worker.postMessage({
      siteId: site.siteId,
      name,
      password,
      ops: site.login.ops,
      mem: site.login.mem,
    });
  });
}
