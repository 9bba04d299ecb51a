// `node --import ./scripts/lib/register-ts.js …`: lets the script import the TypeScript sources (see ./ts-hooks.js).
import { register } from 'node:module';

register('./ts-hooks.js', import.meta.url);
