/** Pages of a public collection, numbered from 1, in the shape Strapi's own APIs answer with. */

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export interface PageQuery {
  page: number;
  pageSize: number;
}

/** The rows a page covers. */
export const windowOf = ({ page, pageSize }: PageQuery) => ({ offset: (page - 1) * pageSize, limit: pageSize });

/** Strapi's `meta.pagination`. */
export const paginationOf = ({ page, pageSize }: PageQuery, total: number) => ({ page, pageSize, pageCount: Math.ceil(total / pageSize), total });
