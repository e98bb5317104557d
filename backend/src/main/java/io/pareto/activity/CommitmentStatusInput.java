package io.pareto.activity;

import jakarta.validation.constraints.NotNull;

/** Marks a promise kept or broken (or reopens it). */
public record CommitmentStatusInput(@NotNull CommitmentStatus status) {}
