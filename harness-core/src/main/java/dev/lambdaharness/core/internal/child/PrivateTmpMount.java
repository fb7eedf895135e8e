package dev.lambdaharness.core.internal.child;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A private {@code /tmp} for one child: the child starts in a mount namespace of its own (inside a
 * user namespace, so no privilege is needed) where {@code source} is bind-mounted on {@code /tmp},
 * then drops into a second user namespace that maps it back to its own user and group, so the JVM
 * runs as the same user it would without the namespaces. Nothing of the mount is seen outside.
 *
 * <pre>{@code
 * PrivateTmpMount mount = new PrivateTmpMount(Path.of("/usr/bin/unshare"), Path.of("/usr/bin/mount"),
 *         environmentDirectory.resolve("tmp"), 1000, 1000);
 * }</pre>
 *
 * @param unshare util-linux {@code unshare}, by absolute path (the child's environment has no PATH of ours)
 * @param mount   {@code mount}, by absolute path
 * @param source  the directory the child sees as {@code /tmp}
 * @param uid     the user the JVM runs as, the test JVM's
 * @param gid     the group the JVM runs as, the test JVM's
 */
public record PrivateTmpMount(Path unshare, Path mount, Path source, long uid, long gid) {

    /** Checks every path is there. */
    public PrivateTmpMount {
        Objects.requireNonNull(unshare, "unshare");
        Objects.requireNonNull(mount, "mount");
        Objects.requireNonNull(source, "source");
    }
}
