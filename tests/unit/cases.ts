/*
 * How many random cases a property test tries. The defaults keep `npm test` short and still try
 * hundreds of plays of every scenario; CB_DEEP multiplies them all for a deep run, as CI does
 * (`CB_DEEP=4 npm run test:unit` tries what every run tried before the tiers were split).
 */
const depth = Math.max(1, Number(process.env['CB_DEEP'] ?? 1) || 1);

/** `n` random cases, times CB_DEEP. */
export const cases = (n: number): number => Math.round(n * depth);
