package uk.registerly.app.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Context;

import androidx.test.core.app.ApplicationProvider;
import androidx.work.Configuration;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.WorkManagerTestInitHelper;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.exports.ExportRequest;
import uk.registerly.app.data.exports.ExportResult;
import uk.registerly.app.data.exports.NetworkExportsRepository;
import uk.registerly.app.e2e.outside.InProcessServer;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.testing.TestDatabases;

/**
 * The office tablet's Exports against the real server (in this JVM, real HTTP): the census return arrives
 * as a file under the server's name, with progress; a leavers' CTF where nobody leaves and a term that
 * has not begun are refused with the server's own words.
 */
@RunWith(ServerOutsideSandboxRunner.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class ExportsEndToEndTest {
    private final Context context = ApplicationProvider.getApplicationContext();
    private RegisterlyDatabase database;
    private NetworkExportsRepository exports;

    @Before
    public void setUp() throws Exception {
        WorkManagerTestInitHelper.initializeTestWorkManager(context,
                new Configuration.Builder().setExecutor(new SynchronousExecutor()).build());
        InProcessServer.School school = InProcessServer.newSchool();
        database = TestDatabases.inMemory(context);
        E2eDevice office = new E2eDevice(context, database, InProcessServer.NOW).enrol(school.officeCode);
        RegisterlyNetwork network = new RegisterlyNetwork(office.data.identities, office.data.serverClock,
                office.data.clock, NetworkTimeouts.DEFAULT);
        exports = new NetworkExportsRepository(new File(context.getCacheDir(), "exports"), network);
    }

    @After
    public void close() {
        database.close();
    }

    @Test
    public void theCensusReturnArrivesAsTheServersFileAndRefusalsInItsWords() throws Exception {
        List<Long> progress = new ArrayList<>();
        ExportResult census = exports.download(ExportRequest.census(ExportRequest.Term.AUTUMN, 2026), progress::add);
        assertEquals(census.message, ExportResult.Outcome.SAVED, census.outcome);
        assertEquals("census-attendance-autumn-2026.csv", census.fileName);
        String csv = new String(Files.readAllBytes(census.file.toPath()), StandardCharsets.UTF_8);
        assertTrue(csv, csv.startsWith("UPN,PupilMisId,Surname,Forename,NCYearActual,TermlySessionsPossible"));
        assertEquals(census.bytes, census.file.length());
        assertEquals((Long) census.bytes, progress.get(progress.size() - 1));

        // The tests' small demo school has no leaver: the server says so, and the last file stays.
        ExportResult ctf = exports.download(ExportRequest.ctfForLeavers(), bytes -> { });
        assertEquals(ExportResult.Outcome.REFUSED, ctf.outcome);
        assertTrue(ctf.message, ctf.message.contains("no pupil leaves this school year"));
        assertTrue("a refusal keeps the file fetched before", census.file.isFile());

        ExportResult notYet = exports.download(ExportRequest.census(ExportRequest.Term.SPRING, 2027), bytes -> { });
        assertEquals(ExportResult.Outcome.REFUSED, notYet.outcome);
        assertTrue(notYet.message, notYet.message.contains("has not begun"));
    }
}
