/** R-COST-1: the most a proposal may spend per outcome person, in yen; exactly this passes. */
export const MAX_COST_PER_OUTCOME = 1_000_000;
