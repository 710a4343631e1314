import { describe, expect, it } from 'vitest'
import { answerableRecommendations, inspectionsAnsweredBy, plansAnswering, unansweredRecommendations } from './inspection-links'

const rec = (id: string, number = 1) => ({ id, number, text: id, area: null })
const full = { id: 'full', kind: 'full-inspection' as const, startDate: '2025-01-06', followsInspectionId: null, recommendations: [rec('f1'), rec('f2', 2)] }
const visitA = { id: 'visit-a', kind: 'monitoring-visit' as const, startDate: '2025-09-02', followsInspectionId: 'full', recommendations: [rec('a1')] }
const visitB = { id: 'visit-b', kind: 'monitoring-visit' as const, startDate: '2025-05-02', followsInspectionId: 'full', recommendations: [rec('b1')] }
const loose = { id: 'loose', kind: 'focused-visit' as const, startDate: '2024-03-01', followsInspectionId: null, recommendations: [rec('l1')] }
const inspections = [visitA, loose, full, visitB]

describe('which plans answer which inspections', () => {
  it('a plan answers its inspection and the visits that follow it up', () => {
    expect(inspectionsAnsweredBy('full', inspections)).toEqual(['full', 'visit-a', 'visit-b'])
    expect(inspectionsAnsweredBy('loose', inspections)).toEqual(['loose'])
    expect(inspectionsAnsweredBy(null, inspections)).toEqual([])
  })

  it('a visit is answered by the plans of the inspection it follows up, and by plans made for it', () => {
    const plans = [{ id: 'p1', inspectionId: 'full' }, { id: 'p2', inspectionId: 'visit-a' }, { id: 'p3', inspectionId: null }, { id: 'p4', inspectionId: 'loose' }]
    expect(plansAnswering(visitA, plans).map((plan) => plan.id)).toEqual(['p1', 'p2'])
    expect(plansAnswering(full, plans).map((plan) => plan.id)).toEqual(['p1'])
    expect(plansAnswering(loose, plans).map((plan) => plan.id)).toEqual(['p4'])
  })

  it('offers the plan’s own recommendations first, then each visit’s, oldest visit first', () => {
    expect(answerableRecommendations('full', inspections).map(({ recommendation }) => recommendation.id)).toEqual(['f1', 'f2', 'b1', 'a1'])
  })

  it('flags what no live or complete milestone answers: a closed milestone answers nothing', () => {
    const milestones = [{ recommendationIds: ['f1'], closedOn: null }, { recommendationIds: ['f2'], closedOn: '2026-01-05' }]
    expect(unansweredRecommendations(full.recommendations, milestones).map((each) => each.id)).toEqual(['f2'])
  })
})
