/** The name of the local API's IndexedDB database: its own module, so the page can look for it without loading Dexie. */
export const DATABASE_NAME = 'improvement-tracker'
