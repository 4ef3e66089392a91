package org.firstmile.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.firstmile.notification.service.MailConfiguration;
import org.firstmile.notification.service.MailSettings;
import org.firstmile.notification.service.OutboxDispatcher;
import org.firstmile.notification.service.Reminders;
import org.firstmile.platform.persistence.FirstMileDataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara Micro: today's reminders reach the grant's manager and the partner's users, once each however
 * often (and however concurrently) the job runs. The tests' server has no mail host (the embedded default), so the
 * e-mail waits in the outbox; then GreenMail, started here on the port FirstMile is configured with
 * (FIRSTMILE_MAIL_PORT from Failsafe), receives each message once when the outbox is sent through 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    @Inject
    Reminders reminders;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    MailConfiguration mail;

    @Inject
    Clock clock;

    @Resource(lookup = FirstMileDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void remindersAreToldOnceEachToTheRightPeopleAndWaitInTheOutboxWithoutAMailServer() throws Exception {
        Fixture grant = grantWithDueItems();

        remindTwiceAtOnce();
        reminders.remind();

        assertEquals(new TreeSet<>(Set.of("milestone-due:" + grant.dueIn14 + ":" + grant.today.plusDays(14),
                "milestone-overdue:" + grant.overdue + ":" + grant.today.minusDays(1),
                "report-due:" + grant.period + ":" + grant.today.plusDays(10))), keysOf(grant.staff),
                "the manager hears of the milestone due in 14 days, the overdue one and the report; not of the one "
                        + "due in 20 days nor of the done one");
        assertEquals(Set.of("partner-update-due:" + grant.programme + ":" + grant.period + ":"
                + grant.today.plusDays(10)), keysOf(grant.partner), "the partner hears of their update");
        assertEquals(Set.of(), keysOf("rem-nobody-" + run), "no one else");

        dispatcher.dispatch();
        assertFalse(mail.settings().configured(), "the tests' server has no mail host, like the embedded default");
        assertEquals(List.of("PENDING:0", "PENDING:0", "PENDING:0", "PENDING:0"), outbox(grant),
                "each e-mail waits in the outbox, once");
    }

    @Test
    void outboxIsSentThroughTheConfiguredPortOnceEach() throws Exception {
        Fixture grant = grantWithDueItems();
        reminders.remind();
        MailSettings settings = mail.settings().withHost("127.0.0.1");
        GreenMail smtp = new GreenMail(new ServerSetup(settings.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            dispatcher.dispatch(settings);
            reminders.remind();
            dispatcher.dispatch(settings);

            List<String> received = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                String to = Arrays.toString(message.getRecipients(Message.RecipientType.TO));
                if (to.contains(grant.staff) || to.contains(grant.partner)) {
                    received.add(to + " " + message.getSubject());
                    assertEquals("firstmile@example.org", message.getFrom()[0].toString());
                }
            }
            received.sort(null);
            assertEquals(4, received.size(), "one e-mail per reminder: " + received);
            assertTrue(received.stream().anyMatch(r -> r.contains(grant.partner + "@example.org")
                    && r.contains("Partner update due by")), received.toString());
            assertTrue(received.stream().anyMatch(r -> r.contains("Overdue milestone: Overdue by a day " + run)),
                    received.toString());
            assertEquals(List.of("SENT:1", "SENT:1", "SENT:1", "SENT:1"), outbox(grant));
        } finally {
            smtp.stop();
        }
    }

    private void remindTwiceAtOnce() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return reminders.remind();
            }));
        }
        for (Future<Integer> reminding : runs) {
            reminding.get(60, TimeUnit.SECONDS);
        }
    }

    /** The grant, its people and the items due, written straight to the database. */
    private record Fixture(LocalDate today, String staff, String partner, long dueIn14, long overdue, long period,
            long programme) {
    }

    private Fixture grantWithDueItems() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String staff = "rem-staff-" + run;
        String partner = "rem-partner-" + run;
        try (Connection db = dataSource.getConnection()) {
            long grantee = id(db, "INSERT INTO organisation (name, org_id, type) VALUES (?, ?, 'GRANTEE') RETURNING id",
                    "Reminder grantee " + run, "GB-TEST-RG-" + run);
            long funder = id(db, "INSERT INTO organisation (name, org_id, type) VALUES (?, ?, 'FUNDER') RETURNING id",
                    "Reminder funder " + run, "GB-TEST-RF-" + run);
            long partnerOrg = id(db, "INSERT INTO organisation (name, org_id, type) VALUES (?, ?, 'PARTNER') "
                    + "RETURNING id", "Reminder partner " + run, "GB-TEST-RP-" + run);
            long fund = id(db, "INSERT INTO fund (funder_id, code, title) VALUES (" + funder + ", ?, ?) RETURNING id",
                    "REM-" + run, "Reminder fund");
            long proposal = id(db, "INSERT INTO proposal (title, applicant_id, fund_id, status, amount_requested, "
                    + "duration_months, created_by, created_at, updated_at) VALUES (?, " + grantee + ", " + fund
                    + ", 'AWARDED', 1000, 12, ?, now(), now()) RETURNING id", "Reminder grant " + run, staff);
            long grant = id(db, "INSERT INTO grant_award (identifier, proposal_id, title, recipient_id, fund_id, "
                    + "amount_awarded, award_date, planned_start, planned_end, manager, created_at) VALUES (?, "
                    + proposal + ", ?, " + grantee + ", " + fund + ", 1000, current_date - 400, current_date - 365, "
                    + "current_date + 365, ?, now()) RETURNING id", "360G-rem-" + run, "Reminder grant " + run, staff);
            user(db, staff, "STAFF", null);
            user(db, partner, "PARTNER", partnerOrg);
            long period = id(db, "INSERT INTO reporting_period (grant_id, sequence_no, name, start_date, end_date, "
                    + "report_due_date) VALUES (" + grant + ", 1, 'Year one', ?, ?, ?) RETURNING id",
                    today.minusDays(365), today.minusDays(20), today.plusDays(10));
            long programme = id(db, "INSERT INTO partner_programme (grant_id, organisation_id, name, created_at) "
                    + "VALUES (" + grant + ", " + partnerOrg + ", ?, now()) RETURNING id", "Reminder programme " + run);
            long dueIn14 = milestone(db, grant, "Due in 14 days " + run, today.plusDays(14), "PLANNED");
            long overdue = milestone(db, grant, "Overdue by a day " + run, today.minusDays(1), "IN_PROGRESS");
            milestone(db, grant, "Due in 20 days " + run, today.plusDays(20), "PLANNED");
            milestone(db, grant, "Done late " + run, today.minusDays(1), "DONE");
            return new Fixture(today, staff, partner, dueIn14, overdue, period, programme);
        }
    }

    private void user(Connection db, String username, String role, Long organisation) throws Exception {
        long user = id(db, "INSERT INTO app_user (username, display_name, email, password_hash, organisation_id) "
                + "VALUES (?, 'Reminder test', ?, 'not-a-hash', " + organisation + ") RETURNING id", username,
                username + "@example.org");
        id(db, "INSERT INTO app_user_role (user_id, role) VALUES (" + user + ", ?) RETURNING user_id", role);
    }

    private long milestone(Connection db, long grant, String title, LocalDate due, String status) throws Exception {
        return id(db, "INSERT INTO milestone (grant_id, title, due_date, status) VALUES (" + grant + ", ?, ?, ?) "
                + "RETURNING id", title, due, status);
    }

    private Set<String> keysOf(String username) throws Exception {
        return new TreeSet<>(strings("SELECT item_key FROM notification WHERE recipient = ?", username));
    }

    private List<String> outbox(Fixture grant) throws Exception {
        return strings("SELECT m.status || ':' || m.attempts FROM outbox_message m JOIN notification n ON "
                + "n.id = m.notification_id WHERE n.recipient IN (?, ?) ORDER BY m.id", grant.staff, grant.partner);
    }

    private List<String> strings(String sql, Object... parameters) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, parameters);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private static long id(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            bind(insert, parameters);
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws Exception {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof LocalDate date ? Date.valueOf(date) : parameters[i];
            statement.setObject(i + 1, value);
        }
    }

}
