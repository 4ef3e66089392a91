package org.firstmile.organisation.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.convert.ConverterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firstmile.organisation.model.OrganisationType;
import org.firstmile.organisation.service.Choice;
import org.firstmile.organisation.service.OrganisationService;
import org.junit.jupiter.api.Test;

class OrganisationChoiceConverterTest {

    /** Knows organisation 7, a grantee; records what it was asked. */
    static final class Organisations extends OrganisationService {
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<Choice> picked(long id, OrganisationType type) {
            asked.add(id + " " + type);
            return id == 7 && (type == null || type == OrganisationType.GRANTEE)
                    ? Optional.of(new Choice(7L, "Seven (GB-CHC-7)")) : Optional.empty();
        }
    }

    private final Organisations organisations = new Organisations();
    private final OrganisationChoiceConverter converter = new OrganisationChoiceConverter();

    OrganisationChoiceConverterTest() {
        converter.organisations = organisations;
    }

    @Test
    void anIdIsReadBackAsTheOrganisationWithItsLabel() {
        assertThat(converter.read(" 7 ", null)).isEqualTo(new Choice(7L, "Seven (GB-CHC-7)"));
        assertThat(converter.read("7", OrganisationType.GRANTEE)).isEqualTo(new Choice(7L, "Seven (GB-CHC-7)"));
        assertThat(converter.getAsString(null, null, new Choice(7L, "Seven (GB-CHC-7)"))).isEqualTo("7");
    }

    @Test
    void nothingChosenIsNoOrganisation() {
        assertThat(converter.read("", OrganisationType.GRANTEE)).isNull();
        assertThat(converter.read(" ", null)).isNull();
        assertThat(converter.read(null, null)).isNull();
        assertThat(converter.getAsString(null, null, null)).isEmpty();
        assertThat(organisations.asked).isEmpty();
    }

    @Test
    void thePickersPartIsGivenAsTextInThePageOrAsTheConstant() {
        assertThat(OrganisationChoiceConverter.type("GRANTEE")).isEqualTo(OrganisationType.GRANTEE);
        assertThat(OrganisationChoiceConverter.type(OrganisationType.FUNDER)).isEqualTo(OrganisationType.FUNDER);
        assertThat(OrganisationChoiceConverter.type(null)).isNull();
    }

    @Test
    void anUnknownOrForgedIdIsRefusedWithAMessageThatSaysWhatToDo() {
        for (String forged : List.of("8", "abc", "7; drop table organisation", "99999999999999999999")) {
            assertThatThrownBy(() -> converter.read(forged, null))
                    .isInstanceOf(ConverterException.class)
                    .satisfies(e -> assertThat(((ConverterException) e).getFacesMessage().getSummary())
                            .contains("choose it from the list"));
        }
        assertThatThrownBy(() -> converter.read("7", OrganisationType.FUNDER)).isInstanceOf(ConverterException.class);
        assertThat(organisations.asked).containsExactly("8 null", "7 FUNDER");
    }
}
