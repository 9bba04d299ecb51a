/** The bundled platform, gender and age distributions. */
import { age as ageJson } from '../../data/mlops.json?slice=age';
import { gender as genderJson } from '../../data/mlops.json?slice=gender';
import { platforms as platformsJson } from '../../data/mlops.json?slice=platforms';
import { platforms as platformSharesJson } from '../../data/mlops.json?slice=platforms&omit=description';
import type { PlatformDistribution, Share } from './types.js';

export const bundledPlatforms = platformsJson as PlatformDistribution;
/** What the chart draws: the platforms without their descriptions, which it never shows (fewer bytes). */
export const bundledPlatformShares = platformSharesJson as PlatformShares;

/** A platform distribution as the chart needs it: names and shares, no descriptions. */
export interface PlatformShares extends Omit<PlatformDistribution, 'items'> {
  readonly items: ReadonlyArray<Omit<PlatformDistribution['items'][number], 'description'>>;
}
export const bundledGender = genderJson as readonly Share[];
export const bundledAge = ageJson as readonly Share[];

/** The share of the platform distribution that the seed itemises; the rest is unknown. */
export function itemisedPercent(platforms: PlatformShares = bundledPlatformShares): number {
  return platforms.items.reduce((sum, platform) => sum + platform.percent, 0);
}
