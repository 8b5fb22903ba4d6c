// Jest transformer: esbuild strips the types (0.1 s for the big imports/), tsc checks them separately.
const { transformSync } = require('esbuild');
const crypto = require('crypto');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'ts', format: 'cjs', target: 'node20', sourcefile: filename, sourcemap: 'external',
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return crypto.createHash('sha1').update('esbuild-v1\0').update(filename).update('\0').update(source).digest('hex');
  },
};
