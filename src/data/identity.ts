/** The bundled profile's id and names: the strings every element's chrome may need. */
import { id as idJson } from '../../data/mlops.json?slice=id';
import { name as nameJson } from '../../data/mlops.json?slice=name';
import { shortName as shortNameJson } from '../../data/mlops.json?slice=shortName';
import type { Profile } from './types.js';

export const bundledProfileId = idJson as Profile['id'];
export const bundledProfileName = nameJson as Profile['name'];
export const bundledShortName = shortNameJson as Profile['shortName'];
