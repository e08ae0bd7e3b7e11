/** This copy's version: the package's, written in at build time; 'dev' where nothing writes it in. */
export const VERSION: string = typeof __JAWDA_VERSION__ === 'string' ? __JAWDA_VERSION__ : 'dev';
