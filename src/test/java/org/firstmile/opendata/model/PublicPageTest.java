package org.firstmile.opendata.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicPageTest {

    @Test
    void theRequestedNumberIsKeptWithinTheListsPages() {
        assertThat(PublicPage.number("2", 45, 20)).isEqualTo(2);
        assertThat(PublicPage.number(" 3 ", 45, 20)).isEqualTo(3);
        assertThat(PublicPage.number("4", 45, 20)).as("beyond the last").isEqualTo(3);
        assertThat(PublicPage.number("99999999999999999999", 45, 20)).as("far beyond the last").isEqualTo(3);
        assertThat(PublicPage.number("0", 45, 20)).isEqualTo(1);
        assertThat(PublicPage.number("-3", 45, 20)).isEqualTo(1);
        assertThat(PublicPage.number("abc", 45, 20)).isEqualTo(1);
        assertThat(PublicPage.number(null, 45, 20)).isEqualTo(1);
        assertThat(PublicPage.number("2", 0, 20)).as("an empty list has one page").isEqualTo(1);
    }

    @Test
    void aPageSaysWhichRowsItHoldsAndWhereToGoNext() {
        PublicPage<String> middle = new PublicPage<>(Collections.nCopies(20, "row"), 2, 20, 45);
        assertThat(middle.getFrom()).isEqualTo(21);
        assertThat(middle.getTo()).isEqualTo(40);
        assertThat(middle.getLast()).isEqualTo(3);
        assertThat(middle.isHasPrevious()).isTrue();
        assertThat(middle.isHasNext()).isTrue();

        PublicPage<String> last = new PublicPage<>(Collections.nCopies(5, "row"), 3, 20, 45);
        assertThat(last.getFrom()).isEqualTo(41);
        assertThat(last.getTo()).isEqualTo(45);
        assertThat(last.isHasNext()).isFalse();

        PublicPage<String> empty = new PublicPage<>(List.of(), 1, 20, 0);
        assertThat(empty.getFrom()).isZero();
        assertThat(empty.getTo()).isZero();
        assertThat(empty.getLast()).isEqualTo(1);
        assertThat(empty.isHasPrevious()).isFalse();
        assertThat(empty.isHasNext()).isFalse();
        assertThat(PublicPage.first(3, 20)).isEqualTo(40);
    }
}
