/**
 * The bundled platforms in full, with their descriptions: a module of their own, so that a chart,
 * which draws only the shares (./demographics.ts), never carries the descriptions.
 */
import { platforms } from './bundled/platforms.js';
import type { PlatformDistribution } from './types.js';

export const bundledPlatforms: PlatformDistribution = platforms;
