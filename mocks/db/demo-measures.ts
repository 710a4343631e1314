import { addMonths, format, startOfMonth } from 'date-fns'
import type { Dataset, StoredMeasure, StoredMeasureActual, StoredMilestone } from '@/contract/stored'

/**
 * Northshire's performance measures and twelve months of actuals each, the last recorded month
 * being the latest whose figures (recorded on the 8th of the next month) are in by `today`.
 * Values are plausible for a council coming out of an inadequate judgement: improving, not there yet.
 */
interface DemoMeasureSpec extends Omit<StoredMeasure, 'planId' | 'milestoneIds' | 'version'> {
  /** Titles of the demo milestones it evidences. */
  milestones: string[]
  /** Twelve values, oldest month first. */
  values: number[]
  /** Notes by position in `values`. */
  notes?: Record<number, string>
}

const specs: DemoMeasureSpec[] = [
  {
    id: 'measure-caseloads',
    name: 'Average caseload per social worker',
    unit: 'children per social worker',
    target: 18,
    direction: 'lower-is-better',
    greenFrom: 18,
    amberFrom: 21,
    themeId: 'theme-workforce',
    ownerId: 'p-workforce',
    milestones: ['No more than 18 children for each social worker', 'Academy for newly qualified social workers opened'],
    values: [24.1, 23.8, 23.5, 23.9, 22.7, 22.4, 21.6, 21.9, 21.2, 20.8, 20.3, 20.6],
    notes: { 3: 'Two teams carried vacancies over the winter.', 9: 'First cohort of the academy took cases this month.', 11: 'Up slightly: three leavers in the referral and assessment team.' },
  },
  {
    id: 'measure-assessments-45',
    name: 'Assessments completed within 45 working days',
    unit: '%',
    target: 90,
    direction: 'higher-is-better',
    greenFrom: 90,
    amberFrom: 80,
    themeId: 'theme-practice',
    ownerId: 'p-safeguarding',
    milestones: ['85% of assessments completed within 45 working days', 'Practice standards for assessments and plans agreed and launched'],
    values: [61, 64, 63, 68, 71, 70, 74, 77, 76, 79, 81, 78],
    notes: { 6: 'Practice standards launched; weekly tracking of assessments nearing day 35.', 11: 'Dip while the front door moved to its new model.' },
  },
  {
    id: 'measure-agency-rate',
    name: 'Agency social workers',
    unit: '%',
    target: 15,
    direction: 'lower-is-better',
    greenFrom: 15,
    amberFrom: 20,
    themeId: 'theme-workforce',
    ownerId: 'p-workforce',
    milestones: ['Agency social workers below 20% of the workforce', 'Social worker recruitment and retention strategy agreed'],
    values: [31, 30, 29.4, 29, 27.2, 26.1, 25, 24.3, 22.1, 21, 19.5, 18.8],
    notes: { 8: 'Market supplement took effect for hard-to-fill teams.' },
  },
  {
    id: 'measure-re-referrals',
    name: 'Re-referrals within 12 months',
    unit: '%',
    target: 22,
    direction: 'lower-is-better',
    greenFrom: 22,
    amberFrom: 25,
    themeId: 'theme-children-in-need',
    ownerId: 'p-performance',
    milestones: ['Redesign of the multi-agency front door', 'Early help step-up and step-down guidance'],
    values: [28, 27.5, 27, 26, 26.4, 25.1, 24.6, 24, 23.2, 22.8, 21.9, 21.4],
  },
  {
    id: 'measure-care-leavers-accommodation',
    name: 'Care leavers aged 19 to 21 in suitable accommodation',
    unit: '%',
    target: 90,
    direction: 'higher-is-better',
    greenFrom: 90,
    amberFrom: 85,
    themeId: 'theme-children-in-care',
    ownerId: 'p-children-in-care',
    milestones: ['Pathway plan reviewed for every care leaver aged 18 to 21', 'Refreshed local offer for care leavers published'],
    values: [82, 83, 81, 84, 85, 86, 86, 87, 88, 88, 89, 91],
    notes: { 11: 'Joint protocol with housing now covers care leavers up to 21.' },
  },
]

/** The demo's measures and actuals, for the plan and milestones built beside them. */
export function buildDemoMeasures(today: Date, planId: string, milestones: StoredMilestone[]): Pick<Dataset, 'measures' | 'measureActuals'> {
  const todayIso = format(today, 'yyyy-MM-dd')
  const recordedOn = (month: Date, day = '08') => `${format(addMonths(month, 1), 'yyyy-MM')}-${day}`
  // The latest month whose figures are in by today.
  let last = addMonths(startOfMonth(today), -1)
  if (recordedOn(last) > todayIso) last = addMonths(last, -1)
  const measures: StoredMeasure[] = []
  const measureActuals: StoredMeasureActual[] = []
  for (const { milestones: titles, values, notes = {}, ...fields } of specs) {
    measures.push({
      ...fields,
      planId,
      milestoneIds: titles.map((title) => milestones.find((milestone) => milestone.title === title)?.id).filter((id): id is string => id !== undefined),
      version: 1,
    })
    values.forEach((value, index) => {
      const month = addMonths(last, index - (values.length - 1))
      measureActuals.push({
        id: `${fields.id}-${format(month, 'yyyy-MM')}`,
        measureId: fields.id,
        month: format(month, 'yyyy-MM'),
        value,
        note: notes[index] ?? '',
        recordedById: fields.ownerId,
        recordedAt: `${recordedOn(month)}T09:30:00.000Z`,
        corrections: [],
        version: 1,
      })
    })
  }
  // One month corrected by its owner after the payroll data came in: the first figure stays in the record.
  const correctedMonth = addMonths(last, -3)
  const corrected = measureActuals.find((actual) => actual.measureId === 'measure-agency-rate' && actual.month === format(correctedMonth, 'yyyy-MM'))
  if (corrected) {
    corrected.corrections = [{ at: `${recordedOn(correctedMonth, '14')}T11:00:00.000Z`, byId: 'p-workforce', value: 20.9, note: '' }]
    corrected.note = 'Corrected: the first figure left out locums paid through the framework.'
    corrected.version = 2
  }
  return { measures, measureActuals }
}
