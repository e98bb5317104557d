package io.pareto.review;

import io.pareto.account.Account;
import io.pareto.account.AccountService;
import io.pareto.audit.AuditTrail;
import io.pareto.classification.ClassificationOverrides;
import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Periodic key-account evaluation (docs/method.md §11): score, recommend, and feed back into
 * classification.
 */
@ApplicationScoped
public class ReviewService {
  private final ReviewRepository reviews;
  private final AccountService accounts;
  private final ClassificationOverrides overrides;
  private final Caller caller;
  private final AuditTrail audit;
  private final EntityManager em;

  public ReviewService(
      ReviewRepository reviews,
      AccountService accounts,
      ClassificationOverrides overrides,
      Caller caller,
      AuditTrail audit,
      EntityManager em) {
    this.reviews = reviews;
    this.accounts = accounts;
    this.overrides = overrides;
    this.caller = caller;
    this.audit = audit;
    this.em = em;
  }

  /** Opens a cycle: one PENDING review per KEY account the caller may see, inserted set-based. */
  @Transactional
  public ReviewCycleDto openCycle(ReviewOpenInput in) {
    ReviewCycle c = new ReviewCycle();
    c.period = in.period();
    c.dueOn = in.dueOn();
    c.openedById = caller.userId();
    em.persist(c);
    em.flush();
    reviews.openFor(caller.scope(), c.id, c.period, in.categoryCodes());
    audit.created("REVIEW_CYCLE", c.id, null, Map.of("period", c.period));
    return cycles(List.of(c)).get(0);
  }

  public List<ReviewCycleDto> listCycles() {
    return cycles(
        em.createQuery("from ReviewCycle c order by c.id desc", ReviewCycle.class)
            .setMaxResults(100)
            .getResultList());
  }

  public Optional<ReviewCycleDto> cycle(long id) {
    return Optional.ofNullable(em.find(ReviewCycle.class, id)).map(c -> cycles(List.of(c)).get(0));
  }

  public List<ReviewDto> inCycle(long cycleId) {
    if (em.find(ReviewCycle.class, cycleId) == null)
      throw ProblemException.notFound("Review cycle", cycleId);
    return reviews.inCycle(caller.scope(), cycleId).stream().map(ReviewDto::of).toList();
  }

  public List<ReviewDto> forAccount(long accountId) {
    accounts.requireVisible(accountId);
    return reviews.forAccount(accountId).stream().map(ReviewDto::of).toList();
  }

  /**
   * A cycle's reviews with each account's figures to score against (last 12 months), in two
   * statements.
   */
  public List<ReviewWorksheetRowDto> worksheet(long cycleId, LocalDate today) {
    Map<Long, ReviewDto> byId = new HashMap<>();
    for (ReviewDto r : inCycle(cycleId)) byId.put(r.id(), r);
    return reviews
        .worksheet(caller.scope(), cycleId, today.minusMonths(12).withDayOfMonth(1))
        .stream()
        .filter(r -> byId.containsKey(r.reviewId()))
        .map(
            r ->
                new ReviewWorksheetRowDto(
                    byId.get(r.reviewId()),
                    r.accountName(),
                    r.category(),
                    r.ownerId(),
                    r.ownerName(),
                    money(r.revenue12()),
                    money(r.grossProfit12()),
                    r.openDeals(),
                    money(r.openPipeline()),
                    money(r.won12()),
                    r.relationshipStage()))
        .toList();
  }

  private static BigDecimal money(BigDecimal b) {
    return b.setScale(2, RoundingMode.HALF_UP);
  }

  public Optional<ReviewDto> get(long id) {
    return reviews.findVisible(caller.scope(), id).map(ReviewDto::of);
  }

  /** An ad-hoc review of any account (e.g. a PROMOTE candidate); one per account and period. */
  @Transactional
  public ReviewDto open(long accountId, ReviewOpenInput in) {
    accounts.requireVisible(accountId);
    if (reviews.exists(accountId, in.period())) {
      throw ProblemException.conflict(
          "account " + accountId + " already has a review for " + in.period());
    }
    KeyAccountReview r = new KeyAccountReview();
    r.accountId = accountId;
    r.period = in.period();
    reviews.persistAndFlush(r);
    audit.created("KEY_ACCOUNT_REVIEW", r.id, accountId, ReviewDto.of(r));
    return ReviewDto.of(r);
  }

  /** Scores the review and submits it for a manager's decision; decided reviews are final (409). */
  @Transactional
  public ReviewDto submit(long id, long expectedVersion, ReviewInput in) {
    KeyAccountReview r = require(id);
    ETags.check(expectedVersion, r.version);
    if (r.status == ReviewStatus.ACCEPTED || r.status == ReviewStatus.REJECTED) {
      throw ProblemException.conflict("review " + id + " is already " + r.status);
    }
    ReviewDto before = ReviewDto.of(r);
    r.contributionRevenue = in.contributionRevenue();
    r.contributionProfit = in.contributionProfit();
    r.contributionBrand = in.contributionBrand();
    r.contributionComment = in.contributionComment();
    r.potential = in.potential();
    r.potentialComment = in.potentialComment();
    r.satisfaction = in.satisfaction();
    r.satisfactionComment = in.satisfactionComment();
    r.loyalty = in.loyalty();
    r.loyaltyComment = in.loyaltyComment();
    r.recommendation = in.recommendation();
    r.reviewerId = caller.userId();
    r.status = ReviewStatus.SUBMITTED;
    reviews.flush();
    audit.updated("KEY_ACCOUNT_REVIEW", r.id, r.accountId, before, ReviewDto.of(r));
    return ReviewDto.of(r);
  }

  /**
   * A manager's decision (§11: the result feeds back into classification). Accepting a PROMOTE or
   * DEMOTE sets a classification override whose reason names this review.
   */
  @Transactional
  public ReviewDto decide(long id, long expectedVersion, ReviewDecisionInput in) {
    KeyAccountReview r = require(id);
    ETags.check(expectedVersion, r.version);
    if (r.status != ReviewStatus.SUBMITTED) {
      throw ProblemException.conflict(
          "review " + id + " is " + r.status + "; only SUBMITTED reviews can be decided");
    }
    ReviewDto before = ReviewDto.of(r);
    if (in.accept()) {
      Account a = accounts.requireVisible(r.accountId);
      r.recommendation
          .targetFrom(a.category)
          .ifPresent(
              target ->
                  overrides.set(
                      r.accountId,
                      target,
                      "Key-account review #"
                          + r.id
                          + " ("
                          + r.period
                          + "): "
                          + r.recommendation
                          + (in.note() == null ? "" : " — " + in.note()),
                      in.overrideExpiresOn()));
    }
    r.status = in.accept() ? ReviewStatus.ACCEPTED : ReviewStatus.REJECTED;
    r.decidedById = caller.userId();
    r.decisionNote = in.note();
    reviews.flush();
    audit.updated("KEY_ACCOUNT_REVIEW", r.id, r.accountId, before, ReviewDto.of(r));
    return ReviewDto.of(r);
  }

  private KeyAccountReview require(long id) {
    return reviews
        .findVisible(caller.scope(), id)
        .orElseThrow(() -> ProblemException.notFound("Review", id));
  }

  private List<ReviewCycleDto> cycles(List<ReviewCycle> rows) {
    Map<Long, ReviewRepository.Progress> progress = new HashMap<>();
    for (var p : reviews.progress(caller.scope(), rows.stream().map(c -> c.id).toList())) {
      progress.put(p.cycleId(), p);
    }
    return rows.stream()
        .map(
            c -> {
              var p = progress.get(c.id);
              long total = p == null ? 0 : p.total();
              long done = p == null ? 0 : p.done();
              long decided = p == null ? 0 : p.decided();
              BigDecimal pct =
                  total == 0
                      ? null
                      : BigDecimal.valueOf(done * 100)
                          .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
              return new ReviewCycleDto(
                  c.id, c.period, c.dueOn, c.openedById, total, done, decided, pct, c.version);
            })
        .toList();
  }
}
