export * from './forms'
export * from './criteria'
export * from './programme-rules'
export * from './diff'
