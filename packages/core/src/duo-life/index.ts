/**
 * A duo's life once active (stages 4–5 of the method): its action plan, its log of meetings and contacts against the
 * programme's cadence, the staff's check-ins, and what makes a duo need its coordinator.
 */
export * from './dates'
export * from './action-plan'
export * from './duo-log'
export * from './check-ins'
export * from './attention'
export * from './intake'
export * from './tracking'
export * from './alerts'
export * from './closing'
export * from './erasure'
