import type { Inspection, Recommendation } from '@/contract/inspections'

/**
 * Which plans answer which inspections. A plan answers its own inspection and every visit that
 * follows that inspection up (a monitoring visit names the inspection it follows): the council
 * keeps one plan and folds each visit's recommendations into it. The API's record rules, its
 * permissions and the pages all ask these functions, so they always agree.
 */
type InspectionFacts = Pick<Inspection, 'id' | 'kind'> & { followsInspectionId?: string | null | undefined }
type PlanFacts = { inspectionId: string | null }

/** The ids of the inspections a plan answering `inspectionId` answers: that one, and the visits that follow it up. */
export function inspectionsAnsweredBy(inspectionId: string | null, inspections: readonly InspectionFacts[]): string[] {
  if (!inspectionId) return []
  return [inspectionId, ...inspections.filter((each) => each.id !== inspectionId && each.followsInspectionId === inspectionId).map((each) => each.id)]
}

/** The plans that answer this inspection: those made for it, and, for a visit, those made for the inspection it follows up. */
export function plansAnswering<P extends PlanFacts>(inspection: InspectionFacts, plans: readonly P[]): P[] {
  return plans.filter((plan) => plan.inspectionId !== null && (plan.inspectionId === inspection.id || plan.inspectionId === (inspection.followsInspectionId ?? undefined)))
}

/** Every recommendation a milestone of a plan answering `inspectionId` may answer, with the inspection it comes from, the plan's own first. */
export function answerableRecommendations<I extends InspectionFacts & { startDate: string; recommendations: Recommendation[] }>(
  inspectionId: string | null,
  inspections: readonly I[],
): Array<{ inspection: I; recommendation: Recommendation }> {
  const ids = inspectionsAnsweredBy(inspectionId, inspections)
  const ordered = ids
    .map((id) => inspections.find((each) => each.id === id))
    .filter((each): each is I => each !== undefined)
    .sort((a, b) => (a.id === inspectionId ? -1 : b.id === inspectionId ? 1 : a.startDate.localeCompare(b.startDate)))
  return ordered.flatMap((inspection) => inspection.recommendations.map((recommendation) => ({ inspection, recommendation })))
}

type MilestoneFacts = { recommendationIds: string[]; closedOn?: string | null | undefined }

/** Whether a milestone counts as answering: live or complete, not closed (a closed milestone delivers nothing). */
export const answers = (milestone: MilestoneFacts, recommendationId: string): boolean =>
  !milestone.closedOn && milestone.recommendationIds.includes(recommendationId)

/** The milestones answering a recommendation. */
export function milestonesAnswering<M extends MilestoneFacts>(recommendationId: string, milestones: readonly M[]): M[] {
  return milestones.filter((milestone) => answers(milestone, recommendationId))
}

/** The recommendations no live or complete milestone answers: the plan does not yet answer the inspection. */
export function unansweredRecommendations(recommendations: readonly Recommendation[], milestones: readonly MilestoneFacts[]): Recommendation[] {
  return recommendations.filter((recommendation) => !milestones.some((milestone) => answers(milestone, recommendation.id)))
}
