/** The bundled platform, gender and age distributions. */
import { age as ageJson } from '../../data/mlops.json?slice=age';
import { gender as genderJson } from '../../data/mlops.json?slice=gender';
import { platforms as platformsJson } from '../../data/mlops.json?slice=platforms';
import type { PlatformDistribution, Share } from './types.js';

export const bundledPlatforms = platformsJson as PlatformDistribution;
export const bundledGender = genderJson as readonly Share[];
export const bundledAge = ageJson as readonly Share[];

/** The share of the platform distribution that the seed itemises; the rest is unknown. */
export function itemisedPercent(platforms: PlatformDistribution = bundledPlatforms): number {
  return platforms.items.reduce((sum, platform) => sum + platform.percent, 0);
}
