package io.pareto.user;

/**
 * Fired synchronously, inside the transaction that changed a user's password or deactivated them:
 * whatever else lets that user in (API tokens) observes it and goes too.
 */
public record SignedOutEverywhere(long userId) {}
