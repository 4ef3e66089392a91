package org.firstmile.identity.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.firstmile.platform.error.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingPasswordIsRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password)).isInstanceOf(BusinessException.class)
                .hasMessage("Enter a password.");
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertThatThrownBy(() -> PasswordPolicy.check("a".repeat(11))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("at least 12 characters");
        assertThatCode(() -> PasswordPolicy.check("a".repeat(12))).doesNotThrowAnyException();
    }

    @Test
    void moreThan128CharactersAreRefused() {
        assertThatCode(() -> PasswordPolicy.check("b".repeat(128))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("b".repeat(129))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("128 characters or fewer");
    }
}
