package dev.lambdaharness.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in fixtures by id, by service, by service folder and all together. */
class BuiltInLookupTest {

    private final List<EventFixture> catalogue = EventFixtures.catalogue();

    @Test
    void theCatalogueIsEveryFixtureOnceSortedById() {
        assertThat(catalogue).isNotEmpty().isSortedAccordingTo(Comparator.comparing(EventFixture::id))
                .extracting(EventFixture::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z0-9-]+/[a-z0-9.-]+"));
    }

    @Test
    void aBuiltInIdGivesTheFixtureWithItsIndexEntry() {
        EventFixture first = catalogue.get(0);
        EventFixture loaded = EventFixtures.get(first.id());

        assertThat(loaded).isEqualTo(first);
        assertThat(loaded.description()).isNotBlank().isEqualTo(first.description());
        assertThat(loaded.parameters()).isEqualTo(first.parameters());
        assertThat(EventFixtures.get("dev/lambdaharness/events/fixtures/" + first.id() + ".json").parameters())
                .as("named by its resource path it is still the built-in fixture").isEqualTo(first.parameters());
    }

    @Test
    void aServiceAndItsFolderGiveTheSameFixtures() {
        String service = catalogue.get(catalogue.size() - 1).service();
        List<EventFixture> byService = EventFixtures.service(service);

        assertThat(byService).isNotEmpty().allSatisfy(f -> assertThat(f.service()).isEqualTo(service))
                .containsExactlyElementsOf(catalogue.stream().filter(f -> f.service().equals(service)).toList());
        assertThat(EventFixtures.folder("dev/lambdaharness/events/fixtures/" + service)).isEqualTo(byService);
        assertThat(EventFixtures.folder("dev/lambdaharness/events/fixtures/" + service).get(0).parameters())
                .isEqualTo(byService.get(0).parameters());
    }

    @Test
    void anUnknownServiceNamesTheKnownOnes() {
        String service = catalogue.get(0).service();

        assertThatThrownBy(() -> EventFixtures.service(service + "x")).isInstanceOf(FixtureNotFoundException.class)
                .hasMessageStartingWith("No built-in fixtures for the service \"" + service + "x\". Did you mean " + service)
                .hasMessageContaining(" The services are ");
    }

    @Test
    void aMistypedBuiltInIdGetsTheIdItMeant() {
        String id = catalogue.get(0).id();
        String typo = id.substring(0, id.length() - 2) + id.charAt(id.length() - 1) + id.charAt(id.length() - 2);

        assertThatThrownBy(() -> EventFixtures.get(typo)).isInstanceOf(FixtureNotFoundException.class)
                .hasMessageContaining(" Did you mean " + id);
    }
}
