export * from './mapping'
export * from './cells'
export * from './check'
