#!/usr/bin/env node
// The executable's first module: small, so Node's compile cache is on before the app is read.
import module from 'node:module';

// Node 22.1+ keeps the compiled app between runs (in the OS temp dir); Node 20 compiles it each time.
(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();
await import('./cli.js');
