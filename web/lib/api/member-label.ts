/** What a lead member is identified by (api/src/modules/leads/leads.graphql `LeadMember`). */
export interface MemberIdentifiers {
  kind: string;
  ref?: string | null;
  iin?: string | null;
  bin?: string | null;
  passportCountry?: string | null;
  passportCountryName?: string | null;
  passportNo?: string | null;
  text?: string | null;
  plate?: string | null;
}

/**
 * Members carry identifiers, not names: the label is the identifier an officer checks. A
 * migrant's passport shows its country by name in the UI language (the code when unnamed).
 */
export function memberLabel(member: MemberIdentifiers): string {
  if (member.kind === 'migrant') {
    const country = member.passportCountryName ?? member.passportCountry ?? '';
    return `${country} ${member.passportNo ?? ''}`.trim();
  }
  return member.iin ?? member.bin ?? member.text ?? member.plate ?? member.ref ?? '';
}
