// A plan's statuses and their words, without zod: pages that only show plans read these
// (app/contract/plans.ts adds the schemas for forms and the API).
/** A plan is a draft until agreed; agreeing freezes the baseline due date of every milestone in it. */
export const planStatuses = ['draft', 'agreed'] as const
export type PlanStatus = (typeof planStatuses)[number]
export const planStatusLabels: Record<PlanStatus, string> = { draft: 'Draft', agreed: 'Agreed' }
