/** How the record page writes times and dates, in British English. */

/** Minutes as a learner reads them: "45 minutes", "1 hour 15 minutes". */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const parts = [];
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (minutes || !hours) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/*
 * Dates and counts are written out here rather than by the browser's Intl formatters: the first
 * of those on a page loads the browser's locale data, about 60 ms on a 2-core machine and four
 * times that on a phone, and the course only ever writes British English. The output is the same
 * as toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) and
 * toLocaleString('en-GB') (the tests compare them).
 */
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "14 March 2025" from a timestamp, in the learner's time zone. */
export function formatDate(time: number): string {
  const d = new Date(time);
  return `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`;
}

/** "14 March 2025" from 'YYYY-MM-DD', without a time zone shifting the day. */
export function formatIsoDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  const day = new Date(Date.UTC(y, m - 1, d));
  return `${day.getUTCDate()} ${months[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

/** A whole number with its thousands marked: "14,000". */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
