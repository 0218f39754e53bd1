package dailypy.discord.interactions;

import java.util.Optional;

/**
 * A handler of components (buttons or modals) that carry its {@link ComponentId}s. Its format's
 * handler name must be unique among components.
 */
public interface Component {

  /** The handler name and the version of the ids this component writes. */
  ComponentId.Format format();

  /**
   * An id of another version read as the current one, when the component still understands it:
   * ids from before versions, if its format says it reads them. Empty when the id is outdated
   * and its user is told so.
   */
  default Optional<ComponentId> upgrade(ComponentId older) {
    return older.version() == 0 && format().readsUnversioned()
        ? Optional.of(format().id(older.args().toArray(String[]::new)))
        : Optional.empty();
  }
}
