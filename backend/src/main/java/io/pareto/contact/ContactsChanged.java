package io.pareto.contact;

/**
 * Fired synchronously, inside the writing transaction and after the flush, when contacts of an
 * account (or their buying roles, or last-contact dates) were created, changed or deleted — so
 * derived tables (the decision-map summary) refresh that account in the same transaction.
 */
public record ContactsChanged(long accountId) {}
