package dev.lambdaharness.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's own fixture files: by id, by folder, from directories and from jars. */
class EventFixturesTest {

    @TempDir
    Path temp;

    @Test
    void aUserFixtureIsAClassPathResourceWithOrWithoutItsExtension() {
        EventFixture first = EventFixtures.get("user-fixtures/orders/a-first");

        assertThat(first.id()).isEqualTo("user-fixtures/orders/a-first");
        assertThat(first.service()).isEqualTo("orders");
        assertThat(first.asJson().get("orderId").asText()).isEqualTo("ORD-1");
        assertThat(first.parameters()).isEmpty();
        assertThat(first.typeName()).isEmpty();
        assertThat(EventFixtures.get("user-fixtures/orders/a-first.json")).isEqualTo(first);
        assertThat(EventFixtures.get("/user-fixtures/orders/a-first")).isEqualTo(first);
    }

    @Test
    void aClassPathResourceMayHaveAnyFileName() {
        EventFixture named = EventFixtures.get("user-fixtures/named/put.event");

        assertThat(named.id()).isEqualTo("user-fixtures/named/put.event");
        assertThat(named.asJson().get("detail").asText()).isEqualTo("any name");
    }

    @Test
    void aFileOutsideTheClassPathIsFoundByItsPathFromTheProjectDirectory() throws IOException {
        // Surefire runs in the module's directory, as a SAM project's tests run beside its events/ folder.
        EventFixture sam = EventFixtures.get("src/test/sam-project/events/event.json");
        assertThat(sam.asJson().at("/Records/0/s3/bucket/name").asText()).isEqualTo("sam-bucket");
        assertThat(EventFixtures.get("src/test/sam-project/events/event")).isEqualTo(sam);

        Path absolute = Files.writeString(temp.resolve("order.txt"), "{\"orderId\":\"ORD-9\"}");
        assertThat(EventFixtures.get(absolute.toString()).asJson().get("orderId").asText()).isEqualTo("ORD-9");
    }

    @Test
    void anIdNoFileSystemCouldNameIsNotFoundRatherThanAnInvalidPath() {
        assertThatThrownBy(() -> EventFixtures.get("events/order\u0000created"))
                .isInstanceOf(FixtureNotFoundException.class)
                .hasMessageStartingWith("No event fixture \"events/order\u0000created\": it is not a built-in fixture");
    }

    @Test
    void aUserFixtureHasNoParametersButTakesFieldEdits() {
        EventFixture first = EventFixtures.get("user-fixtures/orders/a-first");

        assertThat(first.withField("/status", "CANCELLED").asJson().get("status").asText()).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> first.with("status", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The fixture user-fixtures/orders/a-first has no parameters, so it has none called \"status\". "
                        + "Set fields with withField(\"/json/pointer\", value) instead.");
        assertThatThrownBy(first::typed).isInstanceOf(IllegalStateException.class)
                .hasMessage("The fixture user-fixtures/orders/a-first has no aws-lambda-java-events class: no class exists for this payload. "
                        + "Read it with asJson(), asMap(), asString() or as(YourClass.class).");
    }

    @Test
    void aFolderListsItsJsonFilesByNameWithoutIndexOrSubFolders() {
        List<EventFixture> orders = EventFixtures.folder("user-fixtures/orders");

        assertThat(orders).extracting(EventFixture::id).containsExactly("user-fixtures/orders/a-first", "user-fixtures/orders/b-second");
        assertThat(EventFixtures.folder("/user-fixtures/orders/")).isEqualTo(orders);
    }

    @Test
    void aFolderInAJarIsListedAsInADirectory() throws Exception {
        Path jar = jar(true);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<EventFixture> fixtures = EventFixtures.folder("packaged/events", loader);

            assertThat(fixtures).extracting(EventFixture::id).containsExactly("packaged/events/alpha", "packaged/events/beta");
            assertThat(fixtures.get(1).asJson().get("name").asText()).isEqualTo("beta");
            assertThat(EventFixtures.get("packaged/events/alpha", loader).asJson().get("name").asText()).isEqualTo("alpha");
        }
    }

    @Test
    void theContextClassLoaderIsWhereUserFixturesAreLookedForFirst() throws Exception {
        Path jar = jar(true);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            thread.setContextClassLoader(loader);
            assertThat(EventFixtures.get("packaged/events/beta").asJson().get("name").asText()).isEqualTo("beta");
            assertThat(EventFixtures.folder("packaged/events")).hasSize(2);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void aJarWithoutDirectoryEntriesIsListedToo() throws Exception {
        Path jar = jar(false);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(loader.getResource("packaged/events/")).as("no entry for the folder itself").isNull();
            assertThat(EventFixtures.folder("packaged/events", loader)).extracting(EventFixture::id)
                    .containsExactly("packaged/events/alpha", "packaged/events/beta");
        }
    }

    @Test
    void anUnknownIdNamesWhereItWasLookedFor() {
        assertThatThrownBy(() -> EventFixtures.get("nowhere/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"))
                .isInstanceOf(FixtureNotFoundException.class)
                .hasMessage("No event fixture \"nowhere/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\": it is not a built-in fixture, no class path "
                        + "resource nowhere/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz.json or nowhere/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz was found"
                        + " through the thread context class loader and Lambda Harness's own class loader, and no file"
                        + " nowhere/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz.json or nowhere/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz is in "
                        + Path.of("").toAbsolutePath() + ". The built-in fixtures are listed by EventFixtures.catalogue() and in"
                        + " docs/events.md.")
                .extracting(e -> ((FixtureNotFoundException) e).name()).isEqualTo("nowhere/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
        assertThatThrownBy(() -> EventFixtures.get("nowhere/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz.json", ClassLoader.getPlatformClassLoader()))
                .hasMessageContaining("resource nowhere/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz.json was found through the given class loader, and no file"
                        + " nowhere/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz.json is in");
    }

    @Test
    void anUnknownFolderNamesWhereToPutIt() {
        assertThatThrownBy(() -> EventFixtures.folder("no/such/folder")).isInstanceOf(FixtureNotFoundException.class)
                .hasMessageStartingWith("No class path folder \"no/such/folder\" was found through the thread context class loader and "
                        + "Lambda Harness's own class loader. Put the fixture files under src/test/resources/no/such/folder (or in a jar "
                        + "on the test class path), or use EventFixtures.service(name) for the built-in ones [");
    }

    @Test
    void aFileThatIsNotJsonIsNamed() {
        assertThatThrownBy(() -> EventFixtures.get("user-fixtures/broken")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The fixture file user-fixtures/broken.json is not JSON (")
                .hasMessageEndingWith("). Fix the file.");
    }

    @Test
    void anEmptyIdIsRefused() {
        assertThatThrownBy(() -> EventFixtures.get(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The fixture id is empty. Pass one such as sqs/receive-message.");
    }

    /** A jar built as Maven builds one (directory entries first), or without directory entries. */
    private Path jar(boolean directoryEntries) throws IOException {
        Path jar = temp.resolve(directoryEntries ? "with-directories.jar" : "files-only.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (directoryEntries) {
                for (String directory : List.of("packaged/", "packaged/events/", "packaged/events/nested/")) {
                    out.putNextEntry(new JarEntry(directory));
                    out.closeEntry();
                }
            }
            entry(out, "packaged/events/beta.json", "{\"name\":\"beta\"}");
            entry(out, "packaged/events/alpha.json", "{\"name\":\"alpha\"}");
            entry(out, "packaged/events/index.json", "{\"skipped\":true}");
            entry(out, "packaged/events/readme.txt", "not a fixture");
            entry(out, "packaged/events/nested/gamma.json", "{\"name\":\"gamma\"}");
        }
        return jar;
    }

    private static void entry(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream stream = out;
        stream.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
