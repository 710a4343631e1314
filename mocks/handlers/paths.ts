/** Handler patterns: `*` before `/api` matches in the browser and under Node alike. */
export const route = (path: string) => `*/api${path}`
