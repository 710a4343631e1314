/**
 * Inspection frameworks as data: a new framework is a new entry here, not new components.
 */
export const grades = ['outstanding', 'good', 'requires-improvement', 'adequate', 'inadequate'] as const
export type Grade = (typeof grades)[number]

export const gradeLabels: Record<Grade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement to be good',
  adequate: 'Adequate',
  inadequate: 'Inadequate',
}

export interface FrameworkArea {
  id: string
  name: string
  /** A sub-judgement sits under another area. */
  parentId?: string
}

export interface Framework {
  id: string
  name: string
  shortName: string
  /** First and last day inspections under it began (last is open-ended when absent). */
  from: string
  until?: string
  /** Whether the framework gives an overall judgement. */
  hasOverall: boolean
  scale: readonly Grade[]
  areas: readonly FrameworkArea[]
}

const fourPoint: readonly Grade[] = ['outstanding', 'good', 'requires-improvement', 'inadequate']

const ilacsShared: FrameworkArea[] = [
  { id: 'ilacs-leaders', name: 'The impact of leaders on social work practice with children and families' },
  { id: 'ilacs-help-protection', name: 'The experiences and progress of children who need help and protection' },
]

export const frameworks: readonly Framework[] = [
  {
    id: 'cp-2013',
    name: 'Inspection of local authority arrangements for the protection of children (2013)',
    shortName: 'Child protection 2013',
    from: '2012-05-01',
    until: '2013-10-31',
    hasOverall: true,
    scale: ['outstanding', 'good', 'adequate', 'inadequate'],
    areas: [
      { id: 'cp-overall-effectiveness', name: 'Overall effectiveness of the arrangements to protect children' },
      { id: 'cp-help-protection', name: 'Effectiveness of help and protection for children' },
      { id: 'cp-leadership', name: 'Effectiveness of leadership and governance' },
    ],
  },
  {
    id: 'sif',
    name: 'Inspections of services for children in need of help and protection, children looked after and care leavers',
    shortName: 'SIF',
    from: '2013-11-01',
    until: '2017-12-31',
    hasOverall: true,
    scale: fourPoint,
    areas: [
      { id: 'sif-help-protection', name: 'Children who need help and protection' },
      { id: 'sif-looked-after', name: 'Children looked after and achieving permanence' },
      { id: 'sif-adoption', name: 'Adoption performance', parentId: 'sif-looked-after' },
      { id: 'sif-care-leavers', name: 'Experiences and progress of care leavers', parentId: 'sif-looked-after' },
      { id: 'sif-leadership', name: 'Leadership, management and governance' },
    ],
  },
  {
    id: 'ilacs-2018',
    name: 'Inspecting local authority children’s services (2018 to 2022)',
    shortName: 'ILACS',
    from: '2018-01-01',
    until: '2022-12-31',
    hasOverall: true,
    scale: fourPoint,
    areas: [
      ...ilacsShared,
      { id: 'ilacs-in-care-and-leavers', name: 'The experiences and progress of children in care and care leavers' },
    ],
  },
  {
    id: 'ilacs-2023',
    name: 'Inspecting local authority children’s services (from January 2023)',
    shortName: 'ILACS',
    from: '2023-01-01',
    hasOverall: true,
    scale: fourPoint,
    areas: [
      ...ilacsShared,
      { id: 'ilacs-in-care', name: 'The experiences and progress of children in care' },
      { id: 'ilacs-care-leavers', name: 'The experiences and progress of care leavers' },
    ],
  },
]

/** Overall effectiveness is its own judgement in every framework, outside the areas. */
export const OVERALL_LABEL = 'Overall effectiveness'

export function findFramework(id: string): Framework | undefined {
  return frameworks.find((framework) => framework.id === id)
}
