/**
 * A meeting's time as GOV.UK writes times: "2pm", "10:30am", "midday", "midnight".
 * `time` is 24-hour `HH:MM`, as the API keeps it.
 */
export function formatTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  if (minutes === 0 && hours === 12) return 'midday'
  if (minutes === 0 && hours === 0) return 'midnight'
  const suffix = hours < 12 ? 'am' : 'pm'
  const hour = hours % 12 === 0 ? 12 : hours % 12
  return minutes === 0 ? `${hour}${suffix}` : `${hour}:${String(minutes).padStart(2, '0')}${suffix}`
}

/**
 * What a person typed as a time, as the API takes it (`HH:MM`): "14:00", "9.30", "2pm", "10:30am"
 * and "midday" are all understood. Undefined when nothing was typed; null when it is not a time.
 */
export function parseTime(text: string): string | undefined | null {
  const typed = text.trim().toLowerCase().replace(/\s+/g, '')
  if (typed === '') return undefined
  if (typed === 'midday' || typed === 'noon') return '12:00'
  if (typed === 'midnight') return '00:00'
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm)?$/.exec(typed)
  if (!match) return null
  const [, hourText = '', minuteText, suffix] = match
  let hours = Number(hourText)
  const minutes = minuteText === undefined ? 0 : Number(minuteText)
  // "14" alone is ambiguous with a date or a duration: a bare hour needs am or pm.
  if (minuteText === undefined && !suffix) return null
  if (suffix) {
    if (hours < 1 || hours > 12) return null
    hours = (hours % 12) + (suffix === 'pm' ? 12 : 0)
  }
  if (hours > 23 || minutes > 59) return null
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
