package dev.lambdaharness.core.internal.child;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A private {@code /tmp} for one child: the child starts in a mount namespace of its own (inside a
 * user namespace, so no privilege is needed) where a tmpfs of the function's ephemeral storage size
 * is mounted on {@code /tmp}, then drops into a second user namespace that maps it back to its own
 * user and group, so the JVM runs as the same user it would without the namespaces. Nothing of the
 * mount is seen outside, and a write beyond the size fails in the kernel with {@code ENOSPC}
 * ("No space left on device"), as a write beyond Lambda's {@code /tmp} does.
 *
 * <pre>{@code
 * PrivateTmpMount mount = new PrivateTmpMount(Path.of("/usr/bin/unshare"), Path.of("/usr/bin/mount"),
 *         config.ephemeralStorageSize(), 1000, 1000);
 * }</pre>
 *
 * @param unshare util-linux {@code unshare}, by absolute path (the child's environment has no PATH of ours)
 * @param mount   {@code mount}, by absolute path
 * @param sizeMb  the size of the child's {@code /tmp} in MiB: the function's ephemeral storage
 * @param uid     the user the JVM runs as, the test JVM's
 * @param gid     the group the JVM runs as, the test JVM's
 */
public record PrivateTmpMount(Path unshare, Path mount, int sizeMb, long uid, long gid) {

    /** Checks every path is there and the size is positive. */
    public PrivateTmpMount {
        Objects.requireNonNull(unshare, "unshare");
        Objects.requireNonNull(mount, "mount");
        if (sizeMb <= 0) {
            throw new IllegalArgumentException("a private /tmp needs a positive size, not " + sizeMb + " MB");
        }
    }
}
