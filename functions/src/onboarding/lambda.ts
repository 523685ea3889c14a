// Entry point placeholder while the app is being written; replaced in the same session.
export const handler = async (): Promise<unknown> => ({ statusCode: 503 })
