package io.pareto.savedview;

import io.pareto.common.ETags;
import io.pareto.common.ProblemException;
import io.pareto.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Saved views belong to the user who saved them: nobody else lists, reads or changes them (another
 * user's view answers 404, as if it did not exist). A name is unique per user and screen.
 */
@ApplicationScoped
public class SavedViewService {
  private final EntityManager em;
  private final Caller caller;

  public SavedViewService(EntityManager em, Caller caller) {
    this.em = em;
    this.caller = caller;
  }

  /** The caller's views, optionally of one screen, by name. */
  public List<SavedViewDto> list(SavedViewScreen screen) {
    return em.createQuery(
            "from SavedView v where v.userId = :u and (:s is null or v.screen = :s)"
                + " order by v.screen, v.name, v.id",
            SavedView.class)
        .setParameter("u", caller.userId())
        .setParameter("s", screen)
        .getResultStream()
        .map(SavedViewDto::of)
        .toList();
  }

  public Optional<SavedViewDto> get(long id) {
    return find(id).map(SavedViewDto::of);
  }

  @Transactional
  public SavedViewDto create(SavedViewInput in) {
    requireFreeName(in, null);
    SavedView v = new SavedView();
    v.userId = caller.userId();
    apply(v, in);
    em.persist(v);
    em.flush();
    return SavedViewDto.of(v);
  }

  @Transactional
  public SavedViewDto replace(long id, long expectedVersion, SavedViewInput in) {
    SavedView v = find(id).orElseThrow(() -> ProblemException.notFound("Saved view", id));
    ETags.check(expectedVersion, v.version);
    requireFreeName(in, id);
    apply(v, in);
    em.flush();
    return SavedViewDto.of(v);
  }

  @Transactional
  public void delete(long id, long expectedVersion) {
    SavedView v = find(id).orElseThrow(() -> ProblemException.notFound("Saved view", id));
    ETags.check(expectedVersion, v.version);
    em.remove(v);
  }

  private Optional<SavedView> find(long id) {
    return em.createQuery("from SavedView v where v.id = :id and v.userId = :u", SavedView.class)
        .setParameter("id", id)
        .setParameter("u", caller.userId())
        .getResultStream()
        .findFirst();
  }

  private void requireFreeName(SavedViewInput in, Long self) {
    long taken =
        em.createQuery(
                "select count(v) from SavedView v where v.userId = :u and v.screen = :s"
                    + " and v.name = :n and (:self is null or v.id <> :self)",
                Long.class)
            .setParameter("u", caller.userId())
            .setParameter("s", in.screen())
            .setParameter("n", in.name().strip())
            .setParameter("self", self)
            .getSingleResult();
    if (taken > 0)
      throw ProblemException.conflict(
          "name: you already have a view called \"" + in.name().strip() + "\" on this screen");
  }

  private static void apply(SavedView v, SavedViewInput in) {
    v.screen = in.screen();
    v.name = in.name().strip();
    v.query = in.query();
  }
}
