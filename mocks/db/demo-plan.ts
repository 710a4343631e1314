import type { Rag } from '@/contract/rag'

/** Recommendations of the demo ILACS inspection; number 9 is answered by no milestone. */
export const demoRecommendations = [
  { id: 'rec-1', number: 1, area: 'ilacs-help-protection', text: 'The quality and timeliness of assessments and plans for children in need of help and protection.' },
  { id: 'rec-2', number: 2, area: 'ilacs-leaders', text: 'Management oversight and supervision of social work practice, including the consistency of decisions at the front door.' },
  { id: 'rec-3', number: 3, area: 'ilacs-help-protection', text: 'The response to children at risk of exploitation and children who go missing, including return home interviews.' },
  { id: 'rec-4', number: 4, area: 'ilacs-leaders', text: 'The quality and use of performance information to understand and improve practice.' },
  { id: 'rec-5', number: 5, area: 'ilacs-leaders', text: 'The sufficiency and stability of the social work workforce.' },
  { id: 'rec-6', number: 6, area: 'ilacs-in-care', text: 'The timeliness of permanence planning for children in care.' },
  { id: 'rec-7', number: 7, area: 'ilacs-care-leavers', text: 'The quality of pathway plans and the local offer for care leavers.' },
  { id: 'rec-8', number: 8, area: 'ilacs-help-protection', text: 'The response to 16- and 17-year-olds who present as homeless.' },
  { id: 'rec-9', number: 9, area: 'ilacs-in-care', text: 'How the voices of children are heard in their plans and in developing services.' },
] as const

/** The areas for improvement of the two monitoring visits' letters, oldest visit first; the newest visit's third is answered by no milestone. */
export const demoVisitRecommendations = [
  [
    { id: 'mv1-rec-1', number: 1, area: 'ilacs-help-protection', text: 'The timeliness of decisions at the front door, so that every contact is screened and decided within one working day.' },
    { id: 'mv1-rec-2', number: 2, area: 'ilacs-leaders', text: 'The recording of management decisions on children’s records, so that the reasons for each decision are clear.' },
  ],
  [
    { id: 'mv2-rec-1', number: 1, area: 'ilacs-help-protection', text: 'The timeliness of strategy discussions and initial child protection conferences.' },
    { id: 'mv2-rec-2', number: 2, area: 'ilacs-leaders', text: 'Management oversight when children’s plans step down from child protection to child in need.' },
    { id: 'mv2-rec-3', number: 3, area: null, text: 'Direct work with children, so that their plans show what they have said and what has changed for them.' },
  ],
] as const

export const demoThemes = [
  { id: 'theme-leadership', title: 'Leadership, governance and management oversight' },
  { id: 'theme-performance', title: 'Performance management and data' },
  { id: 'theme-practice', title: 'Consistency of social work practice' },
  { id: 'theme-children-in-need', title: 'Children in need of help and protection' },
  { id: 'theme-exploitation', title: 'Child sexual exploitation and missing children' },
  { id: 'theme-children-in-care', title: 'Children in care and care leavers' },
  { id: 'theme-workforce', title: 'Recruitment and retention of social workers' },
] as const

type ThemeId = (typeof demoThemes)[number]['id']

export interface DemoMilestoneSpec {
  theme: ThemeId
  title: string
  owner: string
  /** Days from today. */
  due: number
  rag: Rag
  /** Days before today of the last status update (for Complete, the day it was completed). */
  lastUpdate: number
  recs: number[]
  /** Recommendations of the monitoring visits it answers too. */
  visitRecs?: string[]
  partners?: string[]
}

const sg = 'p-safeguarding'
const cic = 'p-children-in-care'
const wf = 'p-workforce'
const perf = 'p-performance'
const dcs = 'p-dcs'

export const demoMilestoneSpecs: DemoMilestoneSpec[] = [
  { theme: 'theme-leadership', title: 'Appoint a permanent Director of Children’s Services', owner: dcs, due: -200, rag: 'blue', lastUpdate: 210, recs: [2] },
  { theme: 'theme-leadership', title: 'Monthly audits of practice-focused supervision', owner: sg, due: -60, rag: 'blue', lastUpdate: 40, recs: [2] },
  { theme: 'theme-leadership', title: 'Refresh the scheme of delegation for decisions at the front door', owner: sg, due: 45, rag: 'green', lastUpdate: 12, recs: [2], visitRecs: ['mv1-rec-2'] },
  { theme: 'theme-leadership', title: 'Quality assurance framework with multi-agency audits', owner: sg, due: 20, rag: 'amber', lastUpdate: 9, recs: [2], partners: ['Health', 'Police'] },
  { theme: 'theme-leadership', title: 'Member development programme on corporate parenting', owner: dcs, due: 90, rag: 'green', lastUpdate: 20, recs: [] },
  { theme: 'theme-leadership', title: 'Practice leadership programme for team managers', owner: wf, due: -15, rag: 'green', lastUpdate: 25, recs: [2] },

  { theme: 'theme-performance', title: 'Single performance dashboard for the improvement board', owner: perf, due: -120, rag: 'blue', lastUpdate: 130, recs: [4] },
  { theme: 'theme-performance', title: 'Data quality improvement plan for case recording', owner: perf, due: 30, rag: 'amber', lastUpdate: 44, recs: [4] },
  { theme: 'theme-performance', title: 'Weekly performance clinics with team managers', owner: perf, due: -90, rag: 'blue', lastUpdate: 95, recs: [4] },
  { theme: 'theme-performance', title: 'Replace the reporting module of the case management system', owner: perf, due: 150, rag: 'not-started', lastUpdate: 20, recs: [4] },
  { theme: 'theme-performance', title: 'Quarterly practice and performance report to scrutiny', owner: perf, due: 60, rag: 'green', lastUpdate: 6, recs: [4] },

  { theme: 'theme-practice', title: 'Practice standards for assessments and plans agreed and launched', owner: sg, due: -150, rag: 'blue', lastUpdate: 160, recs: [1] },
  { theme: 'theme-practice', title: '85% of assessments completed within 45 working days', owner: sg, due: 10, rag: 'red', lastUpdate: 5, recs: [1] },
  { theme: 'theme-practice', title: 'Audit of child in need plans: 80% good or better', owner: sg, due: 75, rag: 'amber', lastUpdate: 14, recs: [1] },
  { theme: 'theme-practice', title: 'A strengths-based practice model embedded in every team', owner: dcs, due: 120, rag: 'green', lastUpdate: 33, recs: [1, 2] },
  { theme: 'theme-practice', title: 'An up-to-date chronology on every open case', owner: sg, due: -30, rag: 'red', lastUpdate: 18, recs: [1] },
  { theme: 'theme-practice', title: 'Case transfer protocol between teams', owner: sg, due: 5, rag: 'green', lastUpdate: 3, recs: [1] },

  { theme: 'theme-children-in-need', title: 'Redesign of the multi-agency front door', owner: sg, due: -45, rag: 'amber', lastUpdate: 10, recs: [1, 2], visitRecs: ['mv1-rec-1'], partners: ['Police', 'Health', 'Schools'] },
  { theme: 'theme-children-in-need', title: 'Strategy discussions held within one working day', owner: sg, due: 35, rag: 'green', lastUpdate: 11, recs: [1], visitRecs: ['mv2-rec-1'], partners: ['Police'] },
  { theme: 'theme-children-in-need', title: 'Review of all children-in-need cases open over 12 months', owner: sg, due: 14, rag: 'amber', lastUpdate: 7, recs: [1], visitRecs: ['mv2-rec-2'] },
  { theme: 'theme-children-in-need', title: 'Pathway for 16- and 17-year-olds who present as homeless', owner: cic, due: 60, rag: 'red', lastUpdate: 21, recs: [8], partners: ['Housing'] },
  { theme: 'theme-children-in-need', title: 'Joint protocol with housing on homeless young people', owner: cic, due: -80, rag: 'blue', lastUpdate: 70, recs: [8], partners: ['Housing'] },
  { theme: 'theme-children-in-need', title: 'Early help step-up and step-down guidance', owner: sg, due: 100, rag: 'not-started', lastUpdate: 40, recs: [1] },

  { theme: 'theme-exploitation', title: 'Return home interviews offered within 72 hours', owner: sg, due: -10, rag: 'amber', lastUpdate: 8, recs: [3], partners: ['Police'] },
  { theme: 'theme-exploitation', title: 'One exploitation risk assessment tool used by all partners', owner: sg, due: 40, rag: 'green', lastUpdate: 16, recs: [3], partners: ['Police', 'Health', 'Schools'] },
  { theme: 'theme-exploitation', title: 'Terms of reference for the multi-agency child exploitation panel', owner: sg, due: -100, rag: 'blue', lastUpdate: 105, recs: [3], partners: ['Police'] },
  { theme: 'theme-exploitation', title: 'Exploitation awareness training for taxi licensing and hotel staff', owner: sg, due: 80, rag: 'not-started', lastUpdate: 15, recs: [3], partners: ['Licensing'] },
  { theme: 'theme-exploitation', title: 'Missing children data shared weekly with the police', owner: perf, due: 25, rag: 'red', lastUpdate: 37, recs: [3, 4], partners: ['Police'] },

  { theme: 'theme-children-in-care', title: 'Permanence plan agreed at the second review for every child in care', owner: cic, due: 30, rag: 'amber', lastUpdate: 19, recs: [6] },
  { theme: 'theme-children-in-care', title: 'Placement sufficiency strategy approved', owner: cic, due: -60, rag: 'blue', lastUpdate: 62, recs: [6] },
  { theme: 'theme-children-in-care', title: 'Pathway plan reviewed for every care leaver aged 18 to 21', owner: cic, due: 15, rag: 'red', lastUpdate: 4, recs: [7] },
  { theme: 'theme-children-in-care', title: 'Refreshed local offer for care leavers published', owner: cic, due: 50, rag: 'green', lastUpdate: 9, recs: [7], partners: ['Housing', 'Jobcentre Plus'] },
  { theme: 'theme-children-in-care', title: 'Council tax exemption for care leavers up to 25', owner: cic, due: 5, rag: 'blue', lastUpdate: 9, recs: [7] },
  { theme: 'theme-children-in-care', title: 'Health passports for care leavers', owner: cic, due: 70, rag: 'not-started', lastUpdate: 28, recs: [7], partners: ['Health'] },

  { theme: 'theme-workforce', title: 'Social worker recruitment and retention strategy agreed', owner: wf, due: -30, rag: 'blue', lastUpdate: 35, recs: [5] },
  { theme: 'theme-workforce', title: 'Agency social workers below 20% of the workforce', owner: wf, due: 90, rag: 'amber', lastUpdate: 13, recs: [5] },
  { theme: 'theme-workforce', title: 'No more than 18 children for each social worker', owner: wf, due: 45, rag: 'red', lastUpdate: 2, recs: [5] },
  { theme: 'theme-workforce', title: 'Academy for newly qualified social workers opened', owner: wf, due: -5, rag: 'green', lastUpdate: 50, recs: [5] },
  { theme: 'theme-workforce', title: 'Market supplement for hard-to-fill teams', owner: wf, due: -140, rag: 'blue', lastUpdate: 145, recs: [5] },
  { theme: 'theme-workforce', title: 'Exit interviews analysed every quarter', owner: wf, due: 20, rag: 'green', lastUpdate: 26, recs: [5] },
  { theme: 'theme-workforce', title: 'Development programme for aspiring team managers', owner: wf, due: 130, rag: 'not-started', lastUpdate: 10, recs: [5] },
]
