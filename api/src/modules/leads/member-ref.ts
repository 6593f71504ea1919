import { normalizeAddress } from '@arna/graph/text';
import type { MemberEntry, OrganizerEntry } from '@arna/graph/detect';

/** The contract's `kind:key` reference of an export entry, so the UI can open it. */
export function memberRef(member: MemberEntry | OrganizerEntry): string | null {
  switch (member.kind) {
    case 'person':
      return `person:${member.iin}`;
    case 'organization':
      return `organization:${member.bin}`;
    case 'migrant':
      return `document:${member.passport_country}:${member.passport_no.toUpperCase().replace(/[\s-]/g, '')}`;
    case 'vehicle':
      return `vehicle:${member.plate}`;
    case 'address': {
      if (member.rka) return `address:rka:${member.rka}`;
      const normalized = normalizeAddress(member.text);
      return normalized ? `address:txt:${normalized.text}` : null;
    }
  }
}
