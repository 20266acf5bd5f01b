// Access to libsodium.js. index.html loads its browser build as classic
// scripts before the modules. The ES module build is not used because it
// imports "libsodium-sumo" by a bare name, which a browser resolves only
// through an inline import map, and the Content-Security-Policy allows no
// inline script.

let ready = null;

// Resolves to the initialised libsodium.js object.
export function loadSodium() {
  if (!ready) {
    const sodium = globalThis.sodium;
    ready = sodium && sodium.ready ?
      sodium.ready.then(() => sodium) :
      Promise.reject(new Error('libsodium.js did not load'));
  }
  return ready;
}
