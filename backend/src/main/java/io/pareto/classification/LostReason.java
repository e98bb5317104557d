package io.pareto.classification;

/** Why a customer was lost (domain.md §2: first understand why, so it does not recur). */
public enum LostReason { PRICE, QUALITY, SERVICE, RELATIONSHIP, COMPETITOR, BUDGET, NO_NEED, OTHER }
