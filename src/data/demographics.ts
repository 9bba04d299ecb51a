/** The bundled platform shares, gender and age distributions (the platforms in full: ./platforms.ts). */
import { age } from './bundled/age.js';
import { gender } from './bundled/gender.js';
import { platformShares } from './bundled/platform-shares.js';
import type { PlatformShares } from './schema.js';
import type { Share } from './types.js';

export type { PlatformShares };

/** What the chart draws: the platforms without their descriptions, categories and settings, which it never shows (fewer bytes). */
export const bundledPlatformShares: PlatformShares = platformShares;
export const bundledGender: readonly Share[] = gender;
export const bundledAge: readonly Share[] = age;

/** The share of the platform distribution that the seed itemises; the rest is unknown. */
export function itemisedPercent(platforms: PlatformShares = bundledPlatformShares): number {
  return platforms.items.reduce((sum, platform) => sum + platform.percent, 0);
}
