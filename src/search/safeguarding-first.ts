/*
 * Words that describe a child being harmed, or at risk of it. When a concern typed into the
 * finder has any of them, the designated safeguarding lead comes first, whatever else matches:
 * a practitioner who has just heard a disclosure needs the safeguarding route before anyone who
 * shares a word with it (a class teacher "told", a social worker "child"). Kept as data, each
 * pattern with a test in tests/unit/search/finder.test.ts.
 */
export const safeguardingPatterns: readonly RegExp[] = [
  /\b(hit|hits|hitting|hurt|hurts|hurting|slapped|slaps|kicked|kicks|punched|punches|beats|beaten|beating)\b/,
  /\b(disclose|disclosed|discloses|disclosing|disclosure|told me|telling me)\b/,
  /\b(bruise|bruised|bruises|bruising|injury|injuries|injured|burn|burns|marks on)\b/,
  /\b(neglect|neglected|neglecting)\b/,
  /\b(exploit|exploited|exploitation|groom|groomed|grooming|county lines)\b/,
  /\bmissing\b(?! (school|education|lessons))/,
  /\bself[- ]?harm/,
  /\b(touched|touching|sexual|sexually)\b/,
  /\b(child|physical|emotional|sexual) abuse\b|\babused\b|\babusing\b/,
  /\b(harm|harmed|harming|unsafe|scared to go home|afraid to go home)\b/,
  /\b(fgm|forced marriage|radicalis|radicaliz)/,
];

export const SAFEGUARDING_LEAD = 'role:designated-safeguarding-lead';

/** Whether a typed concern describes a child being harmed or at risk. */
export const isSafeguardingConcern = (text: string): boolean => {
  const lower = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
  return safeguardingPatterns.some((p) => p.test(lower));
};

/** The hits with the safeguarding lead moved (or added) to the top when the concern calls for it. */
export function safeguardingFirst<T extends { ref: string; score: number }>(
  text: string,
  hits: T[],
  make: (ref: string, score: number) => T,
): T[] {
  if (!isSafeguardingConcern(text)) return hits;
  const lead = hits.find((h) => h.ref === SAFEGUARDING_LEAD) ?? make(SAFEGUARDING_LEAD, hits[0]?.score ?? 1);
  return [lead, ...hits.filter((h) => h.ref !== SAFEGUARDING_LEAD)];
}
