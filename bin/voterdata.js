#!/usr/bin/env node
// Thin launcher: the TypeScript is compiled to dist/ by `npm install` (the "prepare" script).
import "../dist/cli/bin.js";
