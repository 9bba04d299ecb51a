/** Datasets given to elements from around them, as <mlops-profile> gives them. */
import { ContextProvider } from '@lit/context';
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { profileContext, type ProvidedProfile } from '../../src/data/context.js';
import type { Profile, Tool } from '../../src/data/types.js';

/** A dataset, complete or in part: what a test gives is not validated, on purpose. */
export type TestProfile = Partial<Profile> | ProvidedProfile;

/** Makes `host` provide `profile` to the elements under it; the provider returned changes it (`setValue`). */
export function provideProfile(host: HTMLElement, profile: TestProfile) {
  return new ContextProvider(host, { context: profileContext, initialValue: profile as ProvidedProfile });
}

/** Renders `template` under a provider of `profile`. */
export function fixtureWithProfile<T extends Element>(profile: TestProfile, template: TemplateResult): Promise<T> {
  const host = document.createElement('div');
  provideProfile(host, profile);
  return fixture<T>(template, { parentNode: host });
}

/** A dataset of these tools alone, the whole list of them. */
export const toolsProfile = (items: Tool[]): TestProfile => ({ tools: { items, pagesShown: 1, pagesTotal: 1 } });
