import type { Profile } from '@arna/graph/investigate';

/** The graph's entity of a profile: what `EntityDetail` resolves from (codegen.yml `mappers`). */
export type EntityRecord = Profile['entity'];
