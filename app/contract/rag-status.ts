// The BRAG statuses, their words and their rules, without zod: the page's first load reads these
// (app/contract/rag.ts adds the schema for forms and the API).
/** BRAG status of a milestone. Blue means Complete here, never "on hold". */
export const ragStatuses = ['not-started', 'green', 'amber', 'red', 'blue'] as const
export type Rag = (typeof ragStatuses)[number]

export function isRag(value: unknown): value is Rag {
  return ragStatuses.includes(value as Rag)
}

export const ragLabels: Record<Rag, string> = {
  'not-started': 'Not started',
  green: 'On track',
  amber: 'At risk',
  red: 'Off track',
  blue: 'Complete',
}

export const ragMeanings: Record<Rag, string> = {
  'not-started': 'Work not yet begun and not yet expected to have begun.',
  green: 'Will be delivered by the due date.',
  amber: 'Slippage or risk; needs action to meet the due date.',
  red: 'Will miss or has missed the due date; needs the board’s intervention.',
  blue: 'Delivered, with evidence recorded.',
}

/** Amber and red need a recovery action; blue needs evidence of completion. */
export function needsRecoveryAction(rag: Rag): boolean {
  return rag === 'amber' || rag === 'red'
}
export function needsEvidence(rag: Rag): boolean {
  return rag === 'blue'
}
