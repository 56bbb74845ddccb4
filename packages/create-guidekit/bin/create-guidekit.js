#!/usr/bin/env node
// `npm create guidekit@latest [dir]` runs this: it is `guidekit init [dir]`.
import { main } from 'guidekit/cli';

process.exitCode = await main(['init', ...process.argv.slice(2)]);
