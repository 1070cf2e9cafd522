package uk.registerly.app.lock;

/**
 * The gate's kiosk screen: pupils queue, so recording an arrival needs no PIN (issue 13, section 2);
 * it shows only names, year group and today's arrivals. Every other screen on a gate device needs a
 * staff PIN, and returning to the kiosk signs the staff member out.
 */
public interface KioskScreen {
}
