/** The site's name and language: used by the Starlight config, citations and citation meta tags. */
export const SITE_TITLE = 'Interface Atlas';
export const SITE_LANGUAGE = 'en';
