/**
 * Document templates (`@binome/documents`): each template kind's documented, typed variables, a safe LiquidJS engine
 * (no file system, strict variables and filters, bounded time, memory and output), the static check of a template
 * against its kind, and rendering with real or sample values. functions → documents → core.
 */
export * from './variables'
export { limits, refusedTags } from './engine'
export * from './problems'
export { checkTemplate, checkTemplates } from './check'
export { previewTemplate, renderTemplate, type RenderResult } from './render'
