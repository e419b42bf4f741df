/** A slug: lower-case words of letters and digits joined by hyphens, as file names and URLs of pages are. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A title or file name as a slug: accents dropped, every run of other characters one hyphen. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
