package io.pareto.account;

/**
 * Fired synchronously inside the transaction that deletes an account, before the row goes: for
 * derived rows that no foreign key cascades (classification results, V87).
 */
public record AccountDeleting(long accountId) {}
