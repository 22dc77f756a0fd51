// The first script of the kernel's JavaScript half (the seed's /system/kernel/init.js). It runs
// in every context after the native API is installed and before the artifact; its completion
// value is this function, called with the context's `LLMOS` object. With `describe`, it returns
// a description for the host (the boot sequence reports it); never anything for the artifact.
(function (LLMOS, describe) {
  'use strict';
  const API_VERSION = '0.1.0';
  // The native half and this file ship in one binary, and the system volume holds a verified
  // copy of this file; a mismatch is a build defect, reported by the boot sequence rather than
  // showing up later as a half-working API.
  if (LLMOS.version !== API_VERSION) {
    throw new Error('llmos init.js: the native API is ' + LLMOS.version + ', init.js expects ' + API_VERSION);
  }
  // Artifacts branch on LLMOS.version; it stays what the kernel says for the whole run. The rest
  // of LLMOS stays writable: an artifact may replace parts of its own API (tests/hostile).
  Object.defineProperty(LLMOS, 'version', {
    value: API_VERSION,
    writable: false,
    enumerable: true,
    configurable: false,
  });
  if (!describe) return undefined;
  const modules = Object.keys(LLMOS).filter((k) => k !== 'version');
  return Object.freeze({
    banner: 'LLMOS kernel API ' + API_VERSION + ' (' + modules.join(', ') + ')',
    modules: Object.freeze(modules),
  });
})
