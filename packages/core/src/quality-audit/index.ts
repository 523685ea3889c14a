/**
 * A programme audited against Mentoring Belgium's quality criteria (seed 003): its rules and its recorded practice.
 */
export * from './criteria'
export * from './audit'
export * from './facts'
