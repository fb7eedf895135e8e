package dev.lambdaharness.core.internal.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildCommandLineTest {

    @Test
    void opensTheTelemetryFileOnFdThreeAndExecsJavaWithItsArgumentsUntouched() {
        List<String> java = List.of("/jdk/bin/java", "-Dx=a b", "Main", "it's");

        List<String> shell = ChildCommandLine.shellCommand(java, Path.of("/tmp/o'dd dir/telemetry"), 4242, (Path) null);

        assertThat(shell).containsExactly("/bin/sh", "-c", "ulimit -c 0; (while kill -0 4242 && kill -0 $$; do sleep 0.5; done;"
                        + " kill -0 4242 || kill -9 $$) </dev/null >/dev/null 2>&1 & exec \"$0\" \"$@\" 3>'/tmp/o'\\''dd dir/telemetry'",
                "/jdk/bin/java", "-Dx=a b", "Main", "it's");
    }

    @Test
    void withAPrivateTmpOpensTheTelemetryFileBeforeMountingATmpfsOfTheStorageSizeAndExecsJavaAsTheSameUser() {
        List<String> java = List.of("/jdk/bin/java", "Main");
        PrivateTmpMount mount = new PrivateTmpMount(Path.of("/usr/bin/unshare"), Path.of("/usr/bin/mount"),
                512, 1000, 100);

        List<String> shell = ChildCommandLine.shellCommand(java, Path.of("/tmp/out/telemetry"), 4242, mount, null);

        assertThat(shell).containsExactly("/usr/bin/unshare", "--mount", "--map-root-user", "--propagation", "private",
                "/bin/sh", "-c", "ulimit -c 0; exec 3>'/tmp/out/telemetry'; '/usr/bin/mount' -t tmpfs -o size=512m,mode=1777 lambda-tmp /tmp"
                        + " || { echo 'lambda-harness: could not mount the private /tmp' >&2; exit 125; };"
                        + " (while kill -0 4242 && kill -0 $$; do sleep 0.5; done; kill -0 4242 || kill -9 $$)"
                        + " </dev/null >/dev/null 2>&1 3>&- &"
                        + " exec '/usr/bin/unshare' --user --map-user=1000 --map-group=100 \"$0\" \"$@\"",
                "/jdk/bin/java", "Main");
        assertThat(ChildCommandLine.shellCommand(java, Path.of("/t"), 1, (PrivateTmpMount) null))
                .isEqualTo(ChildCommandLine.shellCommand(java, Path.of("/t"), 1));
    }

    @Test
    void withSetsidTheJvmLeadsAProcessGroupThatTheWatcherKillsWhenTheOwnerOrTheJvmIsGone() {
        List<String> java = List.of("/jdk/bin/java", "Main");
        PrivateTmpMount mount = new PrivateTmpMount(Path.of("/usr/bin/unshare"), Path.of("/usr/bin/mount"),
                512, 1000, 100);

        List<String> shared = ChildCommandLine.shellCommand(java, Path.of("/t"), 4242, Path.of("/usr/bin/setsid"));
        List<String> privateTmp = ChildCommandLine.shellCommand(java, Path.of("/t"), 4242, mount, Path.of("/usr/bin/setsid"));

        String watcher = "(while kill -0 4242 && kill -0 $$; do sleep 0.5; done; kill -9 -$$)";
        assertThat(shared).startsWith("/usr/bin/setsid", "/bin/sh", "-c").endsWith("/jdk/bin/java", "Main");
        assertThat(shared.get(3)).contains(watcher);
        assertThat(privateTmp).startsWith("/usr/bin/setsid", "/usr/bin/unshare", "--mount");
        assertThat(privateTmp.get(8)).contains(watcher);
    }

    @Test
    void classPathIsTheFourRuntimeLibrariesOfTheSetInFileNameOrder() {
        assertThat(RicRuntimeLibraries.classPath()).extracting(path -> path.getFileName().toString())
                .containsExactly(
                        "aws-lambda-java-core-1.4.0.jar",
                        "aws-lambda-java-runtime-interface-client-2.10.1.jar",
                        "aws-lambda-java-serialization-1.2.0.jar",
                        "utils-lite-2.34.0.jar");
    }

    @Test
    void extractsTheNativeClientOnceIntoAPrivateDirectory() {
        Path first = RicRuntimeLibraries.nativeClient("amd64", false);

        assertThat(RicRuntimeLibraries.nativeClient("x86_64", false)).isSameAs(first);
        assertThat(first.getFileName()).hasToString("libaws-lambda-jni.linux-x86_64.so");
        assertThat(first).isNotEqualTo(Path.of("/tmp/.libaws-lambda-jni.so")).isRegularFile();
        assertThat(RicRuntimeLibraries.nativeClient("aarch64", true).getFileName()).hasToString("libaws-lambda-jni.linux_musl-aarch_64.so");
    }
}
