/** This copy's version, compared when another copy of the library already defined a tag. */
export const VERSION = '0.1.0';
