package io.pareto.dataio;

import io.pareto.account.AccountDeleting;
import io.pareto.dataset.Tombstones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A deleted account leaves tombstones for itself and the children its deletion cascades to. */
@ApplicationScoped
class AccountTombstones {
  private final Tombstones tombstones;

  AccountTombstones(Tombstones tombstones) {
    this.tombstones = tombstones;
  }

  void onAccountDeleting(@Observes AccountDeleting e) {
    tombstones.recordAccount(e.accountId());
  }
}
