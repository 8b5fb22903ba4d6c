// Jest's module loader with V8's code cache. Each suite compiles its ~700 modules again (cdk8s, cdk8s-plus,
// the generated L1 classes, the schema validators: ~0.4 s a suite, mostly many small files); with the cache
// each is read back instead. One entry per module path (build/.jest-v8-cache/<sha1 of node's version and the
// path>), holding the sha1 of the code it was made from: changed code replaces its entry rather than piling up.
// V8 rejects (and we rewrite) a cache made under other flags. Otherwise this is jest's createScriptFromCode.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { handlePotentialSyntaxError } = require('@jest/transform');
const Runtime = require('jest-runtime').default;

const CACHE = path.join(__dirname, '..', '..', 'build', '.jest-v8-cache');

class CodeCachingRuntime extends Runtime {
  createScriptFromCode(source, filename) {
    const scriptFilename = this._resolver.isCoreModule(filename) ? `jest-nodejs-core-${filename}` : filename;
    const code = this.wrapCodeInModuleWrapper(source);
    const file = path.join(CACHE, crypto.createHash('sha1').update(`${process.version}\0${scriptFilename}`).digest('hex'));
    const codeHash = crypto.createHash('sha1').update(code).digest();
    let cachedData;
    try {
      const entry = fs.readFileSync(file);
      if (entry.subarray(0, codeHash.length).equals(codeHash)) cachedData = entry.subarray(codeHash.length);
    } catch {
      cachedData = undefined;
    }
    let script;
    try {
      script = new vm.Script(code, {
        columnOffset: this._fileTransforms.get(filename)?.wrapperLength,
        displayErrors: true,
        filename: scriptFilename,
        cachedData,
        // As jest's: import() from CommonJS links the ES module in the test's context.
        importModuleDynamically: async (specifier) => {
          const context = this._environment.getVmContext?.();
          if (!context) throw new Error('Test environment has been torn down');
          return this.linkAndEvaluateModule(await this.resolveModule(specifier, scriptFilename, context));
        },
      });
    } catch (e) {
      throw handlePotentialSyntaxError(e);
    }
    if (cachedData === undefined || script.cachedDataRejected) {
      try {
        fs.mkdirSync(CACHE, { recursive: true });
        fs.writeFileSync(`${file}.${process.pid}`, Buffer.concat([codeHash, script.createCachedData()]));
        fs.renameSync(`${file}.${process.pid}`, file);
      } catch { /* a read-only tree only loses the cache */ }
    }
    return script;
  }
}
module.exports = CodeCachingRuntime;
