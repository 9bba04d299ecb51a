/** The bundled platform shares, gender and age distributions (the platforms in full: ./platforms.ts). */
import { age } from './bundled/age.js';
import { ageShares } from './bundled/age-shares.js';
import { gender } from './bundled/gender.js';
import { genderShares } from './bundled/gender-shares.js';
import { platformShares } from './bundled/platform-shares.js';
import type { ChartShares, PlatformShares } from './schema.js';
import type { Share } from './types.js';

export type { ChartShares, PlatformShares };

/** What the chart draws: the platforms without their ids, descriptions, categories and settings, which it never shows (fewer bytes). */
export const bundledPlatformShares: PlatformShares = platformShares;
/** What the chart draws: the gender and age shares without their ids. */
export const chartGender: ChartShares = genderShares;
export const chartAge: ChartShares = ageShares;
export const bundledGender: readonly Share[] = gender;
export const bundledAge: readonly Share[] = age;

/** The share of the platform distribution that the seed itemises; the rest is unknown. */
export function itemisedPercent(platforms: PlatformShares = bundledPlatformShares): number {
  return platforms.items.reduce((sum, platform) => sum + platform.percent, 0);
}
