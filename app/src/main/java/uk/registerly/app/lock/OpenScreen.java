package uk.registerly.app.lock;

/**
 * A screen that shows no pupil data and must work while the tablet is locked (the lock screen,
 * enrolment, the secure-storage reset): {@link ScreenGuard} never puts the lock over it.
 */
public interface OpenScreen {
}
