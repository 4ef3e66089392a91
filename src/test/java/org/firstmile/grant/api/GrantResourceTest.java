package org.firstmile.grant.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrantResourceTest {

    @Test
    void offsetAndLimitAreWholeNumbersInRangeOrTheirDefaults() {
        assertThat(GrantResource.whole(null, 100, 1, 100)).isEqualTo(100);
        assertThat(GrantResource.whole(" ", 0, 0, Integer.MAX_VALUE)).isZero();
        assertThat(GrantResource.whole(" 25 ", 100, 1, 100)).isEqualTo(25);
        assertThat(GrantResource.whole("100", 100, 1, 100)).isEqualTo(100);
        for (String invalid : new String[] {"0", "101", "-1", "many", "1e3", "2.5", "99999999999"}) {
            assertThat(GrantResource.whole(invalid, 100, 1, 100)).as(invalid).isEqualTo(-1);
        }
    }
}
