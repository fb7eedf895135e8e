package dev.lambdaharness.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed catalogue is what {@link CatalogueWriter} writes from the index files now. */
class CatalogueTest {

    @Test
    void docsEventsMdIsUpToDate() throws Exception {
        Path committed = CatalogueWriter.repositoryRoot().resolve("docs/events.md");

        assertThat(Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "")
                .as("docs/events.md is not what the index files describe. Regenerate it from the repository root with:%n  %s%n"
                        + "and commit it", CatalogueWriter.COMMAND)
                .isEqualTo(CatalogueWriter.catalogue());
    }
}
