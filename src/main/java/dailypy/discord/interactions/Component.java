package dailypy.discord.interactions;

import java.util.Optional;

/**
 * A handler of components (buttons or modals) that carry its {@link ComponentId}s. Its name is
 * the id's handler part and must be unique among components.
 */
public interface Component {

  /** The handler part of the ids this component reads. */
  String name();

  /** The version of the id format this component writes. */
  int version();

  /**
   * An id of an older format read as the current one, when the component still understands it
   * (the arguments did not change); empty when the id is outdated and its user is told so.
   */
  default Optional<ComponentId> upgrade(ComponentId older) {
    return Optional.empty();
  }

  /** An id of this component in the current format. */
  default ComponentId id(String... args) {
    return ComponentId.of(name(), version(), args);
  }
}
