/** How many timeline entries a page of a person's timeline shows. */
export const TIMELINE_PAGE = 20
