/** The bundled platform, gender and age distributions. */
import { age } from './bundled/age.js';
import { gender } from './bundled/gender.js';
import { platformShares } from './bundled/platform-shares.js';
import { platforms } from './bundled/platforms.js';
import type { PlatformShares } from './schema.js';
import type { PlatformDistribution, Share } from './types.js';

export type { PlatformShares };

export const bundledPlatforms: PlatformDistribution = platforms;
/** What the chart draws: the platforms without their descriptions, which it never shows (fewer bytes). */
export const bundledPlatformShares: PlatformShares = platformShares;
export const bundledGender: readonly Share[] = gender;
export const bundledAge: readonly Share[] = age;

/** The share of the platform distribution that the seed itemises; the rest is unknown. */
export function itemisedPercent(platforms: PlatformShares = bundledPlatformShares): number {
  return platforms.items.reduce((sum, platform) => sum + platform.percent, 0);
}
