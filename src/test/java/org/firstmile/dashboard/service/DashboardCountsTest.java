package org.firstmile.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardCountsTest {

    @Test
    void aTotalIsShownAsItIsUpToTheLimitAndAsMoreThanTheLimitBeyondIt() {
        assertThat(DashboardCounts.shown(0)).isEqualTo("0");
        assertThat(DashboardCounts.shown(999)).isEqualTo("999");
        assertThat(DashboardCounts.shown(DashboardService.COUNT_LIMIT)).isEqualTo("1,000");
        assertThat(DashboardCounts.shown(DashboardService.COUNT_LIMIT + 1)).isEqualTo("more than 1,000");
        assertThat(new DashboardCounts(5, 1001, 12).overdueShown()).isEqualTo("more than 1,000");
        assertThat(new DashboardCounts(5, 1001, 12).grantsShown()).isEqualTo("5");
        assertThat(new DashboardCounts(5, 1001, 12).dueSoonShown()).isEqualTo("12");
    }
}
