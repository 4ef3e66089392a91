package org.firstmile.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import org.firstmile.platform.persistence.DatabaseUnavailableFilter.DatabaseUnavailable;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableFilterTest {

    @Test
    void aRefusedConnectionDeepInsideAFacesFailureMeansTheDatabaseIsUnavailable() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        Throwable failure = new ServletException("faces", new EJBException(new PersistenceException(refused)));

        assertThat(DatabaseUnavailable.isCause(failure)).isTrue();
    }

    @Test
    void aPoolThatCannotAllocateAConnectionMeansTheDatabaseIsUnavailable() {
        class PoolingException extends Exception {
            PoolingException() {
                super("Connection could not be allocated");
            }
        }
        Throwable failure = new EJBException(new PersistenceException(new SQLException(new PoolingException())));

        assertThat(DatabaseUnavailable.isCause(failure)).isTrue();
    }

    @Test
    void aBrokenRuleInTheDatabaseIsNotAnOutage() {
        SQLException duplicate = new SQLException("duplicate key value", "23505");

        assertThat(DatabaseUnavailable.isCause(new PersistenceException(duplicate))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("no database involved"))).isFalse();
    }
}
