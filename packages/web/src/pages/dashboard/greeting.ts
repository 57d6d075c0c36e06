/** Indonesian greetings follow the time of day: pagi until 11, siang until 15, sore until 18, then malam. */
export function greetingKey(
  hour: number,
):
  | 'dashboard.greetingMorning'
  | 'dashboard.greetingAfternoon'
  | 'dashboard.greetingEvening'
  | 'dashboard.greetingNight' {
  if (hour >= 4 && hour < 11) return 'dashboard.greetingMorning';
  if (hour >= 11 && hour < 15) return 'dashboard.greetingAfternoon';
  if (hour >= 15 && hour < 18) return 'dashboard.greetingEvening';
  return 'dashboard.greetingNight';
}
