/** The bundled profile's id and names: the strings every element's chrome may need. */
export { id as bundledProfileId } from './bundled/id.js';
export { name as bundledProfileName } from './bundled/name.js';
export { shortName as bundledShortName } from './bundled/short-name.js';
