/**
 * What a programme achieved (stage 6): the results dashboard funders ask for, and the yearly profile analysis with
 * small groups hidden.
 */
export * from './dashboard'
export * from './profiles'
export * from './facts'
export * from './duo-rows'
export * from './export-job'
export * from './sponsorship'
