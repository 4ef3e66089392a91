package org.firstmile.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.firstmile.report.service.ReportStore;
import org.firstmile.testsupport.TestDatabase;
import org.firstmile.testsupport.TestDatabase.Period;
import org.firstmile.testsupport.http.Http;
import org.firstmile.testsupport.http.MilestoneUpdateDialog;
import org.firstmile.testsupport.http.ScheduleDialog;
import org.firstmile.testsupport.server.EmbeddedDatabase;
import org.firstmile.testsupport.server.EmbeddedDatabaseSession;
import org.firstmile.testsupport.server.FirstMileInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Two FirstMile processes on one database and one reports folder, as README's "Several instances" sets them up,
 * used over HTTP as people use them: one milestone edited on both at once; a report slot that both instances meet at
 * the same moment; kill -9 of an instance in the middle of a batch of draft reports, then its restart. The instances
 * run the scheduler every 5 seconds (on the same seconds of the clock) and take over a silent run after 30, instead
 * of 60 and 300, so that the class takes minutes. The tests share the two instances because boots dominate the
 * time; each sets up what it needs, and the one that kills an instance runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class TwoInstancesIT {

    private static final String DATABASE = "firstmile_two_instances";
    private static final Path REPORTS = Path.of("target", "two-instances-reports").toAbsolutePath();
    private static final String DRAFT_SCHEDULE = "Draft progress report before each report is due";
    private static final String MILESTONE = "Design the Relationships Academy";
    private static final int DRAFTS = 40;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String FIRST_ADMIN = "first-admin";
    private static final String FIRST_ADMIN_PASSWORD = "named by the deployer on both instances";

    private static TestDatabase db;
    private static FirstMileInstance a;
    private static FirstMileInstance b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        deleteTree(REPORTS);
        db = TestDatabase.named(DATABASE);
        Map<String, String> shared = new HashMap<>(Map.of(
                "FIRSTMILE_DB_URL", EmbeddedDatabaseSession.jdbcUrl(DATABASE),
                "FIRSTMILE_DB_USER", EmbeddedDatabase.USER,
                "FIRSTMILE_DB_PASSWORD", EmbeddedDatabase.USER,
                "FIRSTMILE_REPORTS_DIR", REPORTS.toString(),
                "FIRSTMILE_EVIDENCE_DIR", Path.of("target", "two-instances-evidence").toAbsolutePath().toString(),
                "FIRSTMILE_JOBS_TICK_SECONDS", "5",
                "FIRSTMILE_JOBS_STALE_AFTER_SECONDS", "30"));
        // Both name the same first administrator, as a deployment's shared settings do.
        shared.put("FIRSTMILE_ADMIN_USERNAME", FIRST_ADMIN);
        shared.put("FIRSTMILE_ADMIN_PASSWORD", FIRST_ADMIN_PASSWORD);
        // One instance loads the demo data; both boot side by side (Flyway migrates under its own lock).
        shared.put("FIRSTMILE_DEMO_DATA", "true");
        a = FirstMileInstance.launch("a", shared);
        shared.put("FIRSTMILE_DEMO_DATA", "false");
        b = FirstMileInstance.launch("b", shared);
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        for (FirstMileInstance instance : new FirstMileInstance[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(0)
    void theFirstAdministratorBothInstancesNameIsCreatedOnceAndSignsInOnEither() throws Exception {
        assertThat(db.rows("SELECT r.role FROM app_user u JOIN app_user_role r ON r.user_id = u.id WHERE u.username = '"
                + FIRST_ADMIN + "' ORDER BY r.role").stream().map(row -> row.get(0)).toList())
                .as("one user of that name, an administrator and staff").containsExactly("ADMIN", "STAFF");
        assertThat(db.one("SELECT count(*) FROM audit_event e JOIN app_user u ON u.id = e.entity_id WHERE "
                + "e.entity_type = 'User' AND e.action = 'CREATED' AND u.username = '" + FIRST_ADMIN + "'"))
                .as("audit events of its creation").isEqualTo("1");
        for (FirstMileInstance instance : new FirstMileInstance[] {a, b}) {
            HttpResponse<String> signIn = Http.signIn(Http.newClient(), instance.baseUri(), FIRST_ADMIN,
                    FIRST_ADMIN_PASSWORD);
            assertThat(Http.location(signIn)).as("the first administrator's sign-in on " + instance)
                    .doesNotContain("login");
        }
    }

    @Test
    @Order(1)
    void oneMilestoneSavedOnBothInstancesAtOnceKeepsOneSaveAndTellsTheOtherPersonOfTheConflict() throws Exception {
        long grantId = Long.parseLong(db.one("SELECT min(id) FROM grant_award"));
        String milestone = "SELECT id, version FROM milestone WHERE grant_id = " + grantId + " AND title = '" + MILESTONE
                + "'";
        List<String> before = db.rows(milestone).get(0);
        MilestoneUpdateDialog onA = MilestoneUpdateDialog.open(signedIn(a, "staff"), a.baseUri(), grantId, MILESTONE)
                .set("status", "IN_PROGRESS").set("evidence", "https://example.org/saved-on-a")
                .set("note", "Saved on instance A");
        MilestoneUpdateDialog onB = MilestoneUpdateDialog.open(signedIn(b, "staff"), b.baseUri(), grantId, MILESTONE)
                .set("status", "DEFERRED").set("evidence", "https://example.org/saved-on-b")
                .set("note", "Saved on instance B");

        List<HttpResponse<String>> answers = atOnce(onA, onB);

        assertThat(answers.stream().filter(MilestoneUpdateDialog::saved)).as("saves that went through").hasSize(1);
        int winner = MilestoneUpdateDialog.saved(answers.get(0)) ? 0 : 1;
        String won = winner == 0 ? "a" : "b";
        String lost = winner == 0 ? "b" : "a";
        assertThat(answers.get(1 - winner).body()).as("the answer to the later save")
                .contains(MilestoneUpdateDialog.CONFLICT);
        assertThat(answers.get(winner).body()).doesNotContain(MilestoneUpdateDialog.CONFLICT);
        List<String> after = db.rows("SELECT version, status, evidence_url FROM milestone WHERE id = " + before.get(0))
                .get(0);
        assertThat(after).containsExactly(String.valueOf(Integer.parseInt(before.get(1)) + 1),
                winner == 0 ? "IN_PROGRESS" : "DEFERRED", "https://example.org/saved-on-" + won);
        assertThat(db.rows("SELECT note FROM milestone_update WHERE milestone_id = " + before.get(0)).stream()
                .map(row -> row.get(0)).toList()).contains("Saved on instance " + won.toUpperCase())
                .doesNotContain("Saved on instance " + lost.toUpperCase());
        assertThat(db.one("SELECT count(*) FROM audit_event WHERE changes LIKE '%saved-on-" + lost + "%'"))
                .as("audit events of the refused save").isEqualTo("0");
    }

    @Test
    @Order(2)
    void aDraftSlotThatBothInstancesMeetAtTheSameMomentRunsOnceAndMakesOneVersion() throws Exception {
        List<Period> periods = db.addGrants("once", 1, 100);
        List<String> slots = slots(periods);

        ScheduleDialog.edit(signedIn(a, "admin"), a.baseUri(), DRAFT_SCHEDULE,
                Map.of("days-before", "101", "time", "00:00"));

        awaitAllCompleted(slots);
        assertThat(db.rows("SELECT status, attempts FROM job_run WHERE slot = '" + slots.get(0) + "'"))
                .as("runs of " + slots.get(0)).containsExactly(List.of("COMPLETED", "1"));
        assertOneVersionOnDiskEach(periods);
    }

    @Test
    @Order(3)
    void killingAnInstanceInTheMiddleOfDraftingLeavesOneCompleteVersionOfEachReportAfterItsRestart()
            throws Exception {
        List<Period> periods = db.addGrants("kill", DRAFTS, 200);
        List<String> slots = slots(periods);

        ScheduleDialog.edit(signedIn(b, "admin"), b.baseUri(), DRAFT_SCHEDULE,
                Map.of("days-before", "201", "time", "00:00"));
        FirstMileInstance victim = killMidway(slots);
        List<List<String>> cutShort = db.rows("SELECT id, owner FROM job_run WHERE status = 'RUNNING' AND slot IN ("
                + quoted(slots) + ")").stream().filter(run -> heldBy(run.get(1), victim)).toList();
        long leftovers = stagingFolders();
        long killedPid = victim.pid();
        System.out.printf("Killed %s with %s of %d drafts done, %d of its runs cut short, %d staging folders left%n",
                victim, db.one("SELECT count(*) FROM job_run WHERE status = 'COMPLETED' AND slot IN (" + quoted(slots)
                        + ")"), DRAFTS, cutShort.size(), leftovers);
        assertThat(cutShort).as("runs the killed instance held").isNotEmpty();

        victim.restart();
        assertThat(victim.pid()).isNotEqualTo(killedPid);
        awaitAllCompleted(slots);

        for (List<String> run : cutShort) {
            List<String> now = db.rows("SELECT status, attempts, owner FROM job_run WHERE id = " + run.get(0)).get(0);
            assertThat(now.subList(0, 2)).as("run " + run.get(0) + " after the crash").containsExactly("COMPLETED", "2");
            assertThat(now.get(2)).isNotEqualTo(run.get(1));
        }
        assertThat(db.one("SELECT count(*) FROM job_run WHERE slot IN (" + quoted(slots) + ")"))
                .isEqualTo(String.valueOf(DRAFTS));
        assertOneVersionOnDiskEach(periods);
        assertThat(stagingFolders()).as("staging folders left anywhere").isZero();
        assertThat(Http.get(signedIn(victim, "staff"), victim.uri("report/grant.xhtml?id=" + periods.get(0).grantId()))
                .body()).as("the restarted instance's reports page").contains("Publish version 1 of the Year one report")
                .doesNotContain("Publish version 2");
    }

    /** Waits until some drafts are done and an instance holds some that are not, then kills that instance. */
    private static FirstMileInstance killMidway(List<String> slots) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            List<List<String>> runs = db.rows("SELECT status, owner FROM job_run WHERE slot IN (" + quoted(slots) + ")");
            long completed = runs.stream().filter(run -> run.get(0).equals("COMPLETED")).count();
            if (completed >= 2 && completed < DRAFTS - 4) {
                for (FirstMileInstance instance : List.of(a, b)) {
                    if (runs.stream().filter(run -> run.get(0).equals("RUNNING") && heldBy(run.get(1), instance))
                            .count() >= 2) {
                        instance.kill();
                        return instance;
                    }
                }
            }
            assertThat(completed).as("drafts done before an instance could be killed midway").isLessThan(DRAFTS);
            Thread.sleep(100);
        }
        throw new AssertionError("No instance held drafts in progress within " + PATIENCE);
    }

    /** Whether the job_run owner {@code host/pid/random} is the JVM now running {@code instance}. */
    private static boolean heldBy(String owner, FirstMileInstance instance) {
        return owner.split("/")[1].equals(String.valueOf(instance.pid()));
    }

    private static List<HttpResponse<String>> atOnce(MilestoneUpdateDialog first, MilestoneUpdateDialog second)
            throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<HttpResponse<String>>> saves = new ArrayList<>();
            for (MilestoneUpdateDialog dialog : List.of(first, second)) {
                saves.add(two.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return dialog.save();
                }));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> save : saves) {
                answers.add(save.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            two.shutdownNow();
        }
    }

    private static List<String> slots(List<Period> periods) {
        return periods.stream().map(period -> "draft:" + period.grantId() + ":" + period.periodId()).toList();
    }

    private static void awaitAllCompleted(List<String> slots) throws Exception {
        String completed = "SELECT count(*) FROM job_run WHERE status = 'COMPLETED' AND slot IN (" + quoted(slots) + ")";
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!db.one(completed).equals(String.valueOf(slots.size()))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Runs not completed within " + PATIENCE + ": " + db.rows("SELECT slot, "
                        + "status, owner, attempts, error_message FROM job_run WHERE status <> 'COMPLETED' AND slot IN ("
                        + quoted(slots) + ")"));
            }
            Thread.sleep(250);
        }
    }

    /**
     * Each period has exactly one report version, by the scheduler, and its folder holds exactly that version's
     * folder with the files the database records, byte for byte.
     */
    private static void assertOneVersionOnDiskEach(List<Period> periods) throws Exception {
        for (Period period : periods) {
            assertThat(db.rows("SELECT report_version, generated_by FROM progress_report WHERE period_id = "
                    + period.periodId())).as("versions of period " + period).containsExactly(List.of("1", "scheduler"));
            Path folder = REPORTS.resolve(period.grantId() + "/" + period.periodId());
            try (Stream<Path> entries = Files.list(folder)) {
                assertThat(entries.map(entry -> entry.getFileName().toString()).toList())
                        .as("what " + folder + " holds").containsExactly("v1");
            }
            List<List<String>> files = db.rows("SELECT f.relative_path, f.size_bytes, f.sha256 FROM "
                    + "progress_report_file f JOIN progress_report r ON r.id = f.report_id WHERE r.period_id = "
                    + period.periodId());
            assertThat(files).hasSize(3);
            try (Stream<Path> onDisk = Files.list(folder.resolve("v1"))) {
                assertThat(onDisk.count()).as("files in " + folder.resolve("v1")).isEqualTo(3);
            }
            for (List<String> file : files) {
                Path path = REPORTS.resolve(file.get(0));
                assertThat(Files.size(path)).as(path.toString()).isEqualTo(Long.parseLong(file.get(1)));
                assertThat(ReportStore.sha256(path)).as(path.toString()).isEqualTo(file.get(2).strip());
            }
        }
    }

    private static long stagingFolders() throws IOException {
        try (Stream<Path> tree = Files.walk(REPORTS)) {
            return tree.filter(path -> path.getFileName().toString().startsWith(".staging-")).count();
        }
    }

    private static HttpClient signedIn(FirstMileInstance instance, String username) throws Exception {
        HttpClient client = Http.newClient();
        HttpResponse<String> signIn = Http.signIn(client, instance.baseUri(), username, username + "-demo-2026");
        assertThat(signIn.statusCode()).as("sign-in of " + username + " on " + instance).isEqualTo(302);
        assertThat(Http.location(signIn)).doesNotContain("login");
        return client;
    }

    private static String quoted(List<String> values) {
        return values.stream().map(value -> "'" + value + "'").collect(Collectors.joining(", "));
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
