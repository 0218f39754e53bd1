package dailypy.runner.graal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The worker classpath gathered in one fresh directory under /tmp, with the polyglot resource
 * cache beside it. The sandbox binds that directory, so the worker JVM sees {@code
 * /opt/dailypy/lib/03-polyglot.jar}, not the project directory or the bot user's home: no host
 * path shows in its command line, nor in bubblewrap's (pid 1 inside). It is also readable by
 * nobody, which a Maven repository under /root is not.
 *
 * <p>Jars are hard-linked where the file system allows (instant, no space), copied otherwise;
 * class directories are copied. The directory is deleted when the bot exits.
 */
final class StagedClasspath {

  private static final String DIRECTORY_MODE = "rwxr-xr-x";
  private static final String FILE_MODE = "rw-r--r--";

  private final Path root;
  private final List<String> names;

  private StagedClasspath(Path root, List<String> names) {
    this.root = root;
    this.names = List.copyOf(names);
  }

  /** Stages every existing entry of a classpath, in order. */
  static StagedClasspath create(String classpath) throws IOException {
    Path root = Files.createTempDirectory(Path.of("/tmp"), "dailypy-graal-");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString(DIRECTORY_MODE));
    Path lib = Files.createDirectory(root.resolve("lib"));
    Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString(DIRECTORY_MODE));
    List<String> names = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      Path source = entry.isEmpty() ? null : Path.of(entry).toAbsolutePath();
      if (source == null || !Files.exists(source)) {
        continue;
      }
      String name = String.format("%02d-%s", names.size() + 1, source.getFileName());
      stage(source, lib.resolve(name));
      names.add(name);
    }
    return new StagedClasspath(root, names);
  }

  /** The staged jars and class directories. */
  Path lib() {
    return root.resolve("lib");
  }

  /** The resource cache directory (made by {@link #emptyCache(int)}). */
  Path cache() {
    return root.resolve("cache");
  }

  /** The classpath as the worker sees it, with lib() mounted at {@code libInside}. */
  String classpath(String libInside) {
    return String.join(File.pathSeparator,
        names.stream().map(n -> libInside + "/" + n).toList());
  }

  /**
   * A fresh empty cache directory, owned by {@code owner} when it is not -1 (the sandbox user
   * must be able to fill it).
   */
  void emptyCache(int owner) throws IOException {
    deleteTree(cache());
    Files.createDirectory(cache());
    Files.setPosixFilePermissions(cache(), PosixFilePermissions.fromString(DIRECTORY_MODE));
    if (owner != -1) {
      chown(cache(), owner);
    }
  }

  /**
   * Makes the filled cache readable by the sandbox user and writable by nobody else: when the
   * bot is root it gets the cache back from nobody, so no nobody process on the host (nor a
   * worker, which mounts it read-only anyway) can change the standard library workers import.
   * Truffle creates some of its directories 0700, so they are opened to reading here.
   */
  void sealCache(boolean toRoot) throws IOException {
    try (Stream<Path> all = Files.walk(cache())) {
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isSymbolicLink(p)) {
          continue;
        }
        if (toRoot) {
          chown(p, 0);
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
        mode.removeAll(Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE));
        mode.addAll(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ));
        if (Files.isDirectory(p) || mode.contains(PosixFilePermission.OWNER_EXECUTE)) {
          mode.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE,
              PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
        }
        Files.setPosixFilePermissions(p, mode);
      }
    }
  }

  void delete() {
    deleteTree(root);
  }

  private static void stage(Path source, Path target) throws IOException {
    if (Files.isDirectory(source)) {
      copyTree(source, target);
      return;
    }
    boolean othersRead = Files.getPosixFilePermissions(source)
        .contains(PosixFilePermission.OTHERS_READ);
    if (othersRead) {
      try {
        Files.createLink(target, source);
        return;
      } catch (IOException | UnsupportedOperationException e) {
        // another file system, or a hard-link restriction: copy instead
      }
    }
    Files.copy(source, target);
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(FILE_MODE));
  }

  private static void copyTree(Path source, Path target) throws IOException {
    Files.walkFileTree(source, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
          throws IOException {
        Path d = Files.createDirectories(target.resolve(source.relativize(dir).toString()));
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString(DIRECTORY_MODE));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Path t = target.resolve(source.relativize(file).toString());
        Files.copy(file, t);
        Files.setPosixFilePermissions(t, PosixFilePermissions.fromString(FILE_MODE));
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void chown(Path p, int uid) throws IOException {
    Files.setAttribute(p, "unix:uid", uid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(p, "unix:gid", uid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // best effort: /tmp is cleaned by the system too
    }
  }
}
