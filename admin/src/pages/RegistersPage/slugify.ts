/** A register slug from its title: "Asiakasrekisteri – Kuusikko" → "asiakasrekisteri-kuusikko". */
export const slugify = (title: string): string =>
  title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
