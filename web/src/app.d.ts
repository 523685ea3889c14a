// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string
      /** The API error code when the error came from the API (e.g. `forbidden`, `not_found`). */
      code?: string
    }
  }
}

export {}
