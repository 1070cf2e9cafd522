package uk.registerly.app.sync;

import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.content.pm.ServiceInfo;
import android.content.Context;
import android.app.PendingIntent;

import androidx.annotation.Nullable;
import androidx.core.app.NotificationCompat;
import androidx.core.app.NotificationManagerCompat;
import androidx.work.ForegroundInfo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import javax.inject.Inject;
import javax.inject.Singleton;

import dagger.hilt.android.qualifiers.ApplicationContext;

import uk.registerly.app.R;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.ui.HomeScreen;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * Warns the person at the tablet when records have waited unsent for over 30 minutes during school
 * hours (a school day, between the first register opening and the last session ending): the office
 * cannot follow up absences it has not received. Quiet otherwise — a tablet offline overnight is normal.
 */
@Singleton
public class UnsentEventsNotifier {
    public static final Duration TOO_LONG = Duration.ofMinutes(30);
    static final String CHANNEL = "unsent";
    static final int NOTIFICATION_ID = 30;
    static final int SYNCING_ID = 31;

    private final Context context;
    private final JournalDao journal;
    private final RosterRepository roster;
    private final Clock clock;

    @Inject
    public UnsentEventsNotifier(@ApplicationContext Context context, JournalDao journal,
                                RosterRepository roster, Clock clock) {
        this.context = context;
        this.journal = journal;
        this.roster = roster;
        this.clock = clock;
    }

    /** Posts or clears the warning; returns whether it is showing. */
    public boolean check() {
        Long oldest = journal.oldestPendingStoredAt();
        NotificationManagerCompat manager = NotificationManagerCompat.from(context);
        if (!shouldWarn(oldest, clock.instant(), roster.defaultRules())) {
            manager.cancel(NOTIFICATION_ID);
            return false;
        }
        createChannel();
        int pending = journal.countPending();
        long minutes = Duration.between(Instant.ofEpochMilli(oldest), clock.instant()).toMinutes();
        NotificationCompat.Builder notification = new NotificationCompat.Builder(context, CHANNEL)
                .setSmallIcon(R.drawable.ic_launcher_foreground)
                .setContentTitle(context.getResources().getQuantityString(R.plurals.unsent_title, pending, pending))
                .setContentText(context.getString(R.string.unsent_body, minutes))
                .setPriority(NotificationCompat.PRIORITY_HIGH)
                .setOnlyAlertOnce(true)
                .setContentIntent(PendingIntent.getActivity(context, 0, HomeScreen.intent(context),
                        PendingIntent.FLAG_IMMUTABLE));
        if (!manager.areNotificationsEnabled()) {
            return false; // the user turned them off; the home screen still shows the count
        }
        try {
            manager.notify(NOTIFICATION_ID, notification.build());
        } catch (SecurityException e) {
            return false; // POST_NOTIFICATIONS not granted (Android 13+)
        }
        return true;
    }

    /** The rule itself: over 30 minutes unsent, on a school day, inside the school's register hours. */
    static boolean shouldWarn(@Nullable Long oldestPendingAt, Instant now, @Nullable SchoolRules rules) {
        if (oldestPendingAt == null || rules == null
                || Duration.between(Instant.ofEpochMilli(oldestPendingAt), now).compareTo(TOO_LONG) <= 0) {
            return false;
        }
        LocalDateTime local = LocalDateTime.ofInstant(now, rules.zone());
        LocalDate today = local.toLocalDate();
        if (!rules.calendar().isSchoolDay(today)) {
            return false;
        }
        LocalTime opens = null;
        LocalTime ends = null;
        for (RegisterWindow window : rules.policy().registers().windows()) {
            if (window.session() == Session.AM && (opens == null || window.opens().isBefore(opens))) {
                opens = window.opens();
            }
            if (ends == null || window.ends().isAfter(ends)) {
                ends = window.ends();
            }
        }
        LocalTime time = local.toLocalTime();
        return opens != null && !time.isBefore(opens) && time.isBefore(ends);
    }

    ForegroundInfo foregroundInfo() {
        createChannel();
        return new ForegroundInfo(SYNCING_ID, new NotificationCompat.Builder(context, CHANNEL)
                .setSmallIcon(R.drawable.ic_launcher_foreground)
                .setContentTitle(context.getString(R.string.syncing_title))
                .setPriority(NotificationCompat.PRIORITY_LOW)
                .build(), ServiceInfo.FOREGROUND_SERVICE_TYPE_DATA_SYNC);
    }

    private void createChannel() {
        NotificationManager manager = context.getSystemService(NotificationManager.class);
        if (manager != null && manager.getNotificationChannel(CHANNEL) == null) {
            manager.createNotificationChannel(new NotificationChannel(CHANNEL,
                    context.getString(R.string.unsent_channel), NotificationManager.IMPORTANCE_HIGH));
        }
    }
}
