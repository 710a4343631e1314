import { addDays, format } from 'date-fns'
import type { Rag } from '@/contract/rag'
import type { StoredMilestoneUpdate } from '@/contract/stored'

/** What a director wrote with one status update: commentary; recovery action (amber, red); evidence (Complete). */
interface UpdateWords {
  c: string
  r?: string
  e?: string
}

/**
 * The words of each demo milestone's status updates, oldest first, one for each status on its way
 * to the current one, as the director who owns it would write them: what happened, with numbers,
 * teams and dates. `{-9}` is the date 9 days before the update ("14 October"), `{+7}` a week after;
 * `{month-30}` the month 30 days before it.
 */
export const demoUpdateWords: Record<string, UpdateWords[]> = {
  'Appoint a permanent Director of Children’s Services': [
    { c: 'Executive search firm appointed on {-9} after a three-way quotation; the job pack was signed off by the Leader and the Chief Executive. The advert goes live on {+5} and closes four weeks later.' },
    {
      c: 'The advert closed on {-6} with two applicants, neither shortlisted by the appointments panel. The interim director’s contract runs to {+60}, so there is cover, but a permanent start before then is at risk.',
      r: 'The search firm is re-running the campaign with a direct approach to 14 serving directors and deputies; the Chief Executive decides on a revised salary band at the senior leadership team on {+4}.',
    },
    { c: 'The second campaign brought six applicants: four longlisted and three shortlisted on {-3}. Panels with young people from the Children in Care Council are set for {+10}, member interviews the day after.' },
    {
      c: 'Helen Okafor was appointed by the Appointments Committee on {-12} and started on {-1}, after a two-week handover from the interim director.',
      e: 'Appointments Committee minute of {-12}; signed contract held by HR; the interim director’s handover note, shared with the board.',
    },
  ],
  'Monthly audits of practice-focused supervision': [
    { c: 'Three monthly audits done, 30 supervision records each: 57% showed reflective, child-focused discussion against a target of 75%. Findings went to the team managers’ forum on {-8}.' },
    {
      c: 'The {month-20} audit found 78% of 30 records with reflective supervision, the third month running above target. The audit is now part of the quality assurance calendar.',
      e: 'Six months of audit reports on the quality assurance site; the summary in the practice quality report to the board.',
    },
  ],
  'Refresh the scheme of delegation for decisions at the front door': [
    { c: 'Draft scheme maps the 14 decision types at the front door to the manager who may make each; MASH team managers commented by {-5}. Legal services are checking the wording on section 47 thresholds.' },
    { c: 'Legal comments came back on {-4} with no changes of substance. The final draft goes to the senior leadership team on {+9}, then to team briefings; the contact form in the case management system now names the deciding manager.' },
  ],
  'Quality assurance framework with multi-agency audits': [
    { c: 'Framework drafted with the safeguarding partnership business unit. The first multi-agency audit, on neglect, was held on {-6} with police and health: 12 cases, findings shared with the partnership executive.' },
    {
      c: 'Health have not yet named auditors for the second multi-agency audit, on domestic abuse, planned for {+7}: the designated nurse post at the ICB is vacant until {month+45}.',
      r: 'Raised with the ICB’s chief nurse on {-2}, who offered the named nurse from the acute trust as cover. If that is not confirmed by {+3}, the audit runs with police alone and health audit their own records of the same children afterwards.',
    },
  ],
  'Member development programme on corporate parenting': [
    { c: 'Three of the six sessions held; 31 of 54 councillors have attended at least one. Two care leavers co-presented the session on the local offer on {-10}.' },
    { c: 'Session four, on the corporate parenting panel’s role, ran on {-6} with 22 members. Recordings are on the members’ portal for those who missed them; sessions five and six are booked for {+20} and {+48}.' },
  ],
  'Practice leadership programme for team managers': [
    { c: 'Cohort one, 16 team managers, started on {-14} with the regional teaching partnership; attendance was 94% across the first three modules.' },
    { c: 'Cohort two, 15 managers, started on {-9}; cohort one finishes in {month+10} with 360-degree feedback from their teams. Two managers who moved posts will join cohort two instead.' },
  ],
  'Single performance dashboard for the improvement board': [
    { c: 'The board chair agreed the specification of 42 indicators on {-7}; the first prototype shows 30 of them.' },
    {
      c: 'Twelve indicators need the case management system’s new data extract, which the supplier has put back six weeks to {+35}.',
      r: 'Build those twelve from the monthly statutory return meanwhile, marked as a month behind; escalated to the supplier’s account director on {-3}.',
    },
    { c: 'The supplier’s extract arrived on {-4}; all 42 indicators now refresh overnight. Team managers are testing the drill-down to their own teams this month.' },
    {
      c: 'The board used the dashboard for its meeting on {-2}; every board member has read access.',
      e: 'Board minute of {-2}; data quality sign-off by the Head of Performance and Intelligence; the user guide issued to members.',
    },
  ],
  'Data quality improvement plan for case recording': [
    { c: 'Duplicate person records down from 2,310 to 1,480 since {month-60}. Cleansing of open cases is done; closed cases are next.' },
    {
      c: 'Cleansing has stalled at 1,120 duplicates: the supplier’s release that merges records safely now comes in December, not September.',
      r: 'Two data officers are merging by hand the 300 duplicates on open child protection cases first; a new date goes to the board; the weekly count goes to the Director.',
    },
  ],
  'Weekly performance clinics with team managers': [
    { c: 'Clinics running in all nine locality teams since {-21}: every Tuesday each team looks at its overdue visits, assessments and supervision.' },
    {
      c: 'Team managers’ attendance fell to 55% over four weeks as duty pressure grew in the north locality.',
      r: 'Clinics cut to 30 minutes and moved to Monday afternoons from {+3}; service managers chair them and report attendance to the Director each week.',
    },
    { c: 'Attendance back to 89% over six weeks. Overdue child protection visits across the nine teams down from 61 to 18.' },
    {
      c: 'Clinics are business as usual in every team, written into the performance management framework on {-5}.',
      e: 'Version 3 of the performance management framework, agreed by the senior leadership team; eight weeks of attendance logs; the overdue visits trend on the board’s dashboard.',
    },
  ],
  'Replace the reporting module of the case management system': [
    { c: 'Waiting on corporate IT’s procurement of the reporting platform, whose tender evaluation ends on {+14}. The performance team’s business requirements are written and signed off.' },
  ],
  'Quarterly practice and performance report to scrutiny': [
    { c: 'The quarter 1 report went to scrutiny on {-20}; members asked for caseloads by team, now added to the template.' },
    { c: 'Quarter 2 report drafted with the caseloads-by-team table and the findings of the {month-30} audits; with the Director for sign-off by {+6}, ahead of the papers deadline.' },
  ],
  'Practice standards for assessments and plans agreed and launched': [
    { c: 'Standards for assessments, plans and recording drafted with 20 frontline practitioners in four workshops; the principal social worker leads the launch.' },
    {
      c: 'Standards launched at the all-staff event on {-3}, which 212 staff attended, and taken to every team meeting since.',
      e: 'The published standards on the practice hub; the launch attendance list; the first audit against the standards in the audit calendar.',
    },
  ],
  '85% of assessments completed within 45 working days': [
    { c: 'Timeliness 74% in {month-10}, up from 61% at the inspection. A weekly list of assessments past day 35 now goes to each team manager.' },
    {
      c: 'Timeliness fell back to 69% this month: the north assessment team has four vacancies and averages 24 children for each social worker.',
      r: 'Two agency social workers join the north assessment team on {+7}; the service manager reviews every assessment past day 35 daily.',
    },
    {
      c: '71% against the 85% target, with 38 assessments open past day 45, 22 of them in the north team. The target will not be met by the due date.',
      r: 'Ask the board on {+3} for a date three months on; a task group of two advanced practitioners clears the 38 late assessments by {+28}; weekly figures to the Director.',
    },
  ],
  'Audit of child in need plans: 80% good or better': [
    { c: 'First audit of 40 child in need plans: 58% good or better. The common gap is plans that do not say what will change for the child.' },
    {
      c: 'Second audit, on {-4}: 63% of 40 plans good or better. Improvement is too slow to reach 80% by the due date.',
      r: 'Workshops on outcome-focused planning for every child in need social worker in {month+14}; team managers re-audit five of their own team’s plans each month; the next full audit brought forward a month.',
    },
  ],
  'A strengths-based practice model embedded in every team': [
    { c: 'Signs of Safety chosen as the practice model; two-day training delivered to 140 of 260 practitioners so far.' },
    { c: 'Training has reached 205 practitioners and eight practice leads now coach in teams. The mapping tool went into the assessment form in the case management system on {-11}.' },
  ],
  'An up-to-date chronology on every open case': [
    {
      c: 'Only 46% of 1,140 open cases have a chronology updated in the last three months; many are long-running cases inherited from agency staff.',
      r: 'Each team manager has the list of their team’s cases without one; one day a month is protected for chronology work; progress is checked at the weekly performance clinics.',
    },
    {
      c: 'Coverage has reached 58% and the due date has passed: at this rate every open case will not have one for another four months.',
      r: 'Business support officers trained to draft chronologies from the records for social workers to check, starting with 600 cases in order of risk; a new date to the board on {+10}.',
    },
  ],
  'Case transfer protocol between teams': [
    { c: 'Protocol drafted after 23 children were found waiting at transfer between the assessment and long-term teams in {month-25}.' },
    { c: 'All service managers agreed the protocol on {-2}: transfer within five working days of the assessment being signed off, with a joint visit to the family. Briefings in every team this week.' },
  ],
  'Redesign of the multi-agency front door': [
    { c: 'Police and health staff have sat with the front door team since {-30}; contacts decided within one working day are up to 81%.' },
    {
      c: 'The move to the new hub building waits on the police estates team, who now hand it over in May 2027. Contacts decided within one working day are at 84%.',
      r: 'The interim front door stays, with daily triage meetings and a weekly audit of 20 contact decisions, which goes to every board meeting until go-live.',
    },
  ],
  'Strategy discussions held within one working day': [
    { c: 'In {month-30}, 72% of strategy discussions were held within one working day, with police joining online from the central referral unit.' },
    {
      c: 'Down to 64% after the police moved two officers from the referral unit to the new custody suite.',
      r: 'The referral unit’s detective inspector agreed a rota of named officers from {+5}; the emergency duty team’s senior practitioner covers discussions out of hours.',
    },
    { c: 'Back to 88% over four weeks with the police rota in place. The audit of {-6} found the right agencies present in 18 of 20 discussions.' },
  ],
  'Review of all children-in-need cases open over 12 months': [
    { c: '287 children-in-need cases open over 12 months found; a panel of three service managers began reviewing them on {-12} and has done 60.' },
    {
      c: '166 of 287 reviewed: 41 stepped down to early help and 9 escalated to child protection. At 25 a week, the last 121 take five weeks, with three left.',
      r: 'An independent reviewing officer joins the panel from {+2}, which then sits twice a week until every case is reviewed.',
    },
  ],
  'Pathway for 16- and 17-year-olds who present as homeless': [
    { c: 'Joint assessment pathway drafted with housing options, with our Southwark judgement duties mapped at every step.' },
    {
      c: 'Housing have not agreed who pays for emergency accommodation during the joint assessment; seven young people were placed in bed and breakfast this quarter.',
      r: 'The Head of Housing and I meet finance on {+6}. Until then children’s services pays and recharges housing once each assessment concludes.',
    },
    {
      c: 'No agreement on funding after two meetings, and housing’s budget for next year assumes none. The pathway cannot launch without it.',
      r: 'The Director of Children’s Services and the Director of Housing take it to the Chief Executive’s management team on {+8}; the board is asked to back a joint funding decision at its next meeting.',
    },
  ],
  'Joint protocol with housing on homeless young people': [
    { c: 'Protocol drafted with housing options and the youth homelessness charity; the care leavers’ forum commented on it on {-4}.' },
    {
      c: 'Both directors signed the protocol on {-2}; it is published on the council’s website with a version written for young people.',
      e: 'The signed protocol; attendance at briefings for housing officers and the 16-plus team; the young people’s version online.',
    },
  ],
  'Early help step-up and step-down guidance': [
    { c: 'Starts once the front door redesign settles who decides on step-ups; the early help service manager has the guidance of three neighbouring councils to work from.' },
  ],
  'Return home interviews offered within 72 hours': [
    { c: 'The children’s charity’s commissioned service started on {-25}: 78% of interviews were offered within 72 hours in its first month.' },
    {
      c: 'Down to 66% of 112 missing episodes last month: police notifications for children placed out of area arrive two or three days late.',
      r: 'A daily missing list from the police control room from {+4}; the charity’s contract varied to cover children placed up to 20 miles outside the county.',
    },
  ],
  'One exploitation risk assessment tool used by all partners': [
    { c: 'Partners agreed to adopt the regional exploitation screening tool; a training plan for 400 staff across the agencies is drafted.' },
    {
      c: 'Schools have not signed up yet: the headteachers’ forum put the decision back to {+12}.',
      r: 'The Head of Safeguarding presents to the headteachers’ forum; the designated safeguarding leads’ network pilots the tool in eight secondary schools meanwhile.',
    },
    { c: 'The headteachers’ forum agreed on {-5}: 11 secondary schools and both further education colleges now use the tool, and 260 of the 400 staff are trained.' },
  ],
  'Terms of reference for the multi-agency child exploitation panel': [
    { c: 'Terms of reference drafted with the police and the community safety partnership: a fortnightly panel working from one tracked list of children.' },
    {
      c: 'The safeguarding partnership executive agreed them on {-1}; the first panel meets on {+7}, with 34 children on its list.',
      e: 'The partnership executive’s minute; the published terms of reference; the panel’s membership list.',
    },
  ],
  'Exploitation awareness training for taxi licensing and hotel staff': [
    { c: 'Starts once the licensing committee makes the training a licence condition, on {+21}. Course content is agreed with the police’s exploitation lead.' },
  ],
  'Missing children data shared weekly with the police': [
    {
      c: 'The weekly extract is built and tested, but the data-sharing agreement is with the police legal team and not yet signed.',
      r: 'The information governance lead chases it weekly; a template agreement already used by two neighbouring forces was sent on {-2} to speed the review.',
    },
    {
      c: 'The police legal team now say they cannot review the agreement before the new year. No data has been shared yet; there were 47 missing episodes last month.',
      r: 'Propose a new date to the board; ask the chief superintendent to have the review brought forward; check with legal services whether a manual weekly return can go under the existing safeguarding powers.',
    },
  ],
  'Permanence plan agreed at the second review for every child in care': [
    { c: 'Permanence planning meetings now come before every second review: 68% of children in care had a permanence plan agreed at their second review in {month-10}, up from 49%.' },
    {
      c: 'Down to 61% this quarter: independent reviewing officers lost seven days to sickness and second reviews were put back.',
      r: 'Two sessional reviewing officers booked until {month+40}; the Head of Service and the reviewing manager go through the permanence tracker every fortnight.',
    },
  ],
  'Placement sufficiency strategy approved': [
    { c: 'Needs analysis done: 62% of children in care live out of county and 38 are in residential care. The draft strategy aims for 20 more in-house foster carers.' },
    {
      c: 'Cabinet approved the strategy on {-3}, with £1.2m to open two council children’s homes.',
      e: 'Cabinet decision notice of {-3}; the sufficiency strategy as published; the commissioning plan that follows from it.',
    },
  ],
  'Pathway plan reviewed for every care leaver aged 18 to 21': [
    { c: 'Tracker set up for 214 care leavers aged 18 to 21; 71 plans reviewed so far, oldest plans first.' },
    {
      c: '132 of 214 reviewed. Two personal adviser vacancies mean each adviser now works with 30 young people.',
      r: 'Recruiting to the two vacant posts and one new one, with interviews on {+9}; reviews of those not in education, employment or training come first.',
    },
    {
      c: '144 of 214 reviewed. Reviewing the other 70 by the due date would mean dropping statutory visits, which we will not do.',
      r: 'A new date proposed to the board, for when the three new advisers start in January; the team manager reviews the 20 plans of highest risk herself meanwhile.',
    },
  ],
  'Refreshed local offer for care leavers published': [
    { c: 'The care leavers’ forum has rewritten the offer in their own words; the sections on housing and on Jobcentre Plus are agreed with both.' },
    { c: 'The council tax exemption and free leisure passes are added. The forum’s design goes to the corporate parenting panel for sign-off on {+11}, then online.' },
  ],
  'Council tax exemption for care leavers up to 25': [
    { c: 'The revenues team costed the exemption at £96,000 a year for about 140 care leavers.' },
    {
      c: 'Finance asked that the cost come from the children’s services budget rather than the council tax base, and the Cabinet report missed its cycle.',
      r: 'The section 151 officer and the Director agreed to share the cost; the report goes to Cabinet on {+13} instead.',
    },
    { c: 'Cabinet agreed it on {-4}; the revenues team is writing to the 138 care leavers who qualify.' },
    {
      c: 'The exemption was applied to 131 accounts on {-2}. The other seven live outside the county and are being helped to claim from their own council.',
      e: 'Cabinet decision; the revenues team’s report of exemptions applied; the letter sent to care leavers.',
    },
  ],
  'Health passports for care leavers': [
    { c: 'Starts when the ICB’s new nurse for children in care takes up post on {+20}; the care leavers’ forum has the template ready.' },
  ],
  'Social worker recruitment and retention strategy agreed': [
    { c: 'Exit interviews and a staff survey with 240 answers analysed: people leave over caseloads, travel time and support from managers.' },
    {
      c: 'HR and finance have not agreed the cost of a retention payment, and the strategy cannot go to the board without it.',
      r: 'Two options go to the Chief Executive on {+5}: £2,000 after two years’ service, or £1,500 after 18 months.',
    },
    { c: 'A £2,000 retention payment after two years was agreed on {-6}; the trade unions have the strategy for comment until {+10}.' },
    {
      c: 'The improvement board agreed the strategy on {-2}, and it was launched to staff the same week.',
      e: 'The board’s minute; the published strategy; the unions’ comments and our replies.',
    },
  ],
  'Agency social workers below 20% of the workforce': [
    { c: 'Agency staff fill 31% of 280 social worker posts, down from 36% at the inspection; 11 agency workers have taken permanent posts.' },
    {
      c: 'Stuck at 28% for two months: the regional agency pledge that caps pay rates is now put back to February 2027.',
      r: 'Offer the longest-serving agency workers permanent posts with the retention payment; 14 newly qualified workers from the academy start in {month+20}; the new date is agreed by the board.',
    },
  ],
  'No more than 18 children for each social worker': [
    { c: 'Average caseload 22, down from 26 in {month-120}; the north assessment team is still highest at 27.' },
    {
      c: 'Average 21, but rising in the north and east assessment teams: contacts are up 18% since {month-40}.',
      r: 'Two agency social workers start in the north team on {+8}; cases move from the east team to the central team.',
    },
    {
      c: 'Caseloads in the assessment teams average 24 this week, 19 across the service. Without more posts, 18 will not be reached by the due date.',
      r: 'A business case for six more permanent posts goes to Cabinet on {+16}; meanwhile service managers cap new allocations at 20 a worker, and the board chair gets the figures weekly.',
    },
  ],
  'Academy for newly qualified social workers opened': [
    { c: 'The academy’s rooms at the civic centre are fitted out, and 12 newly qualified social workers are recruited for the first intake.' },
    { c: 'The first intake of 12 starts on {+14}, each with a practice educator and at most 10 children; recruiting for the second intake now.' },
  ],
  'Market supplement for hard-to-fill teams': [
    { c: 'Pay analysis shows Northshire 8% below its neighbours for child protection social workers; the supplement proposal is drafted.' },
    {
      c: 'The trade unions raised equal pay concerns about a supplement paid in some teams only.',
      r: 'The job evaluation panel tests the supplement against the pay policy; HR meets the unions on {+4}.',
    },
    { c: 'The unions accepted the supplement with a review after two years; the report goes to the employment committee on {+7}.' },
    {
      c: 'A £3,000 supplement has been paid to 64 social workers in the child protection and assessment teams since {-3}.',
      e: 'The employment committee’s decision; payroll’s confirmation; the review date set two years on.',
    },
  ],
  'Exit interviews analysed every quarter': [
    { c: 'First quarter: 19 leavers, 11 interviewed; travel and caseloads were the main reasons for leaving.' },
    {
      c: 'Only 5 of 17 leavers interviewed this quarter, too few to analyse.',
      r: 'HR now books the interview as soon as notice is given, and offers an online form to anyone who will not meet.',
    },
    { c: '14 of 16 leavers interviewed this quarter; the analysis goes to the workforce board on {+9}.' },
  ],
  'Development programme for aspiring team managers': [
    { c: 'Designed with the regional teaching partnership; the first 12 are chosen in {month+30}, once the team managers’ programme finishes its second cohort.' },
  ],
}

/** `{-9}`, `{+7}`, `{month-30}` in `text`, as dates relative to `on`. */
function withDates(text: string, on: Date): string {
  return text
    .replace(/\{month([+-]\d+)\}/g, (_match, days: string) => format(addDays(on, Number(days)), 'MMMM'))
    .replace(/\{([+-]\d+)\}/g, (_match, days: string) => format(addDays(on, Number(days)), 'd MMMM'))
}

/** The words of a demo milestone's `step`th status update (to `rag`), made on `on`; null when the demo has none written. */
export function demoUpdateWordsFor(
  title: string,
  step: number,
  rag: Rag,
  on: Date,
): Pick<StoredMilestoneUpdate, 'commentary' | 'recoveryAction' | 'evidence'> | null {
  const words = demoUpdateWords[title]?.[step]
  if (!words) return null
  return {
    commentary: withDates(words.c, on),
    ...((rag === 'amber' || rag === 'red') && words.r ? { recoveryAction: withDates(words.r, on) } : {}),
    ...(rag === 'blue' && words.e ? { evidence: withDates(words.e, on) } : {}),
  }
}
