package io.pareto.user;

import io.pareto.audit.AuditTrail;
import io.pareto.common.ETags;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.ProblemException;
import io.pareto.common.SortSpec;
import io.pareto.dataset.Dataset;
import io.pareto.dataset.Tombstones;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class UserService {
  static final Map<String, String> SORTS =
      Map.of(
          "name",
          "u.name",
          "email",
          "u.email",
          "role",
          "u.role",
          "createdAt",
          "u.createdAt",
          "updatedAt",
          "u.updatedAt");

  private final UserRepository users;
  private final TeamRepository teams;
  private final AuditTrail audit;
  private final int bcryptCost;
  private final Tombstones tombstones;
  private final PasswordRules passwordRules;
  private final Event<SignedOutEverywhere> signedOut;

  public UserService(
      UserRepository users,
      TeamRepository teams,
      AuditTrail audit,
      Tombstones tombstones,
      PasswordRules passwordRules,
      Event<SignedOutEverywhere> signedOut,
      @ConfigProperty(name = "pareto.security.bcrypt-cost") int bcryptCost) {
    this.tombstones = tombstones;
    this.passwordRules = passwordRules;
    this.signedOut = signedOut;
    this.users = users;
    this.teams = teams;
    this.audit = audit;
    this.bcryptCost = bcryptCost;
  }

  public Page<UserDto> list(PageRequest page, String q, Long teamId) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Parameters params = new Parameters();
    if (q != null && !q.isBlank()) {
      where.append(" and (lower(u.name) like :q or lower(u.email) like :q)");
      params.and("q", "%" + q.toLowerCase() + "%");
    }
    if (teamId != null) {
      where.append(" and u.team.id = :team");
      params.and("team", teamId);
    }
    String order = SortSpec.orderBy(page.sort, SORTS, "name", "u.id");
    var query = users.find("from AppUser u left join fetch u.team" + where + order, params);
    long total = users.count("from AppUser u" + where, params);
    List<UserDto> items =
        query.page(page.page, page.size).list().stream().map(UserDto::of).toList();
    return new Page<>(items, page.page, page.size, total);
  }

  public Optional<UserDto> get(long id) {
    return users.findByIdOptional(id).map(UserDto::of);
  }

  @Transactional
  public UserDto create(UserInput in) {
    AppUser u = new AppUser();
    apply(u, in);
    users.persistAndFlush(u);
    audit.created("USER", u.id, null, UserDto.of(u));
    return UserDto.of(u);
  }

  @Transactional
  public UserDto replace(long id, long expectedVersion, UserInput in) {
    AppUser u = users.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("User", id));
    ETags.check(expectedVersion, u.version);
    UserDto before = UserDto.of(u);
    boolean wasActive = u.active;
    apply(u, in);
    if (in.password() != null || (wasActive && !u.active)) {
      // signs the user out everywhere: sessions carry the generation they were signed with
      u.sessionGeneration++;
      signedOut.fire(new SignedOutEverywhere(u.id));
    }
    users.flush();
    UserDto after = UserDto.of(u);
    audit.updated("USER", u.id, null, before, after);
    if (in.password() != null) {
      // That it changed is worth a record; the value, even hashed, never enters the trail.
      audit.updated(
          "USER",
          u.id,
          null,
          Map.of("password", "********"),
          Map.of("password", "******** (changed)"));
    }
    return after;
  }

  public UserInput currentInput(long id) {
    return users
        .findByIdOptional(id)
        .map(UserInput::of)
        .orElseThrow(() -> ProblemException.notFound("User", id));
  }

  @Transactional
  public void delete(long id, long expectedVersion) {
    AppUser u = users.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("User", id));
    ETags.check(expectedVersion, u.version);
    long owned =
        users
            .getEntityManager()
            .createQuery("select count(a) from Account a where a.owner.id = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    if (owned > 0) {
      throw ProblemException.conflict(
          "User "
              + id
              + " still owns "
              + owned
              + " accounts; reassign them or deactivate the user (active=false) instead");
    }
    audit.deleted("USER", u.id, null, UserDto.of(u));
    tombstones.record(Dataset.USERS, u.id);
    users.delete(u);
  }

  private void apply(AppUser u, UserInput in) {
    String email = in.email().trim().toLowerCase();
    users
        .findByEmail(email)
        .filter(other -> !other.id.equals(u.id))
        .ifPresent(
            other -> {
              throw new ProblemException(
                  ProblemException.Kind.CONFLICT,
                  "DUPLICATE_EMAIL",
                  "email: " + email + " is already used",
                  List.of(
                      new io.pareto.common.Problem.FieldError(
                          "email", "ALREADY_USED", "already used by user " + other.id, null)),
                  email);
            });
    u.externalId = in.externalId();
    u.email = email;
    u.name = in.name().trim();
    u.role = in.role();
    u.team =
        in.teamId() == null
            ? null
            : teams
                .findByIdOptional(in.teamId())
                .orElseThrow(
                    () ->
                        ProblemException.badRequest(
                            "teamId", "team " + in.teamId() + " does not exist"));
    u.active = in.active() == null || in.active();
    if (in.password() != null) {
      passwordRules.check(in.password(), email);
      u.passwordHash = BcryptUtil.bcryptHash(in.password(), bcryptCost);
    }
  }

  public List<TeamDto> teams() {
    return teams.listAll(io.quarkus.panache.common.Sort.by("name")).stream()
        .map(TeamDto::of)
        .toList();
  }

  @Transactional
  public TeamDto createTeam(TeamDto.Input in) {
    if (teams.count("name", in.name().trim()) > 0) {
      throw ProblemException.conflict("A team named '" + in.name().trim() + "' already exists");
    }
    Team t = new Team();
    t.name = in.name().trim();
    teams.persistAndFlush(t);
    audit.created("TEAM", t.id, null, TeamDto.of(t));
    return TeamDto.of(t);
  }
}
